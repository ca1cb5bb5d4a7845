// Where the vessels and the fracture's optional features are, in the healthy frame of the treated vertebra
// (vertebra.ts). One definition for both the cement voxel model (cement/labels.ts) and the scene, so what
// you see is where the cement can go.
import type { Vec3 } from './sdf'
import { bodySdf, type VertebraLayout } from './vertebra'

/**
 * Basivertebral vein: drains the middle of the body and leaves through the basivertebral foramen in the
 * middle of the posterior wall into the anterior epidural venous plexus (the route of type B leaks).
 */
export const BASIVERTEBRAL = { radiusMm: 1.6, depthShare: 0.35, outsideMm: 6, branchRadiusMm: 1 } as const

export function basivertebralPath(L: VertebraLayout): Vec3[] {
  const z0 = L.zPost + L.m.EPD * BASIVERTEBRAL.depthShare
  return [
    [0, 0, z0],
    [0, 0, (z0 + L.zPost) / 2],
    [0, 0, L.zPost],
    [0, 0, L.zPost - BASIVERTEBRAL.outsideMm],
  ]
}

/**
 * Its tributaries: inside the body at mid-height they run forward and out from the trunk's front end
 * towards the anterolateral cortex, the Y that axial CT shows converging on the foramen. Cement that
 * reaches one runs back along it to the foramen: the inside of a type B leak.
 */
export function basivertebralBranches(L: VertebraLayout): Vec3[][] {
  const { m } = L
  const z0 = L.zPost + m.EPD * BASIVERTEBRAL.depthShare
  return [1, -1].map((s) => [
    [0, 0, z0],
    [s * 0.17 * m.EPW, 0, 0.08 * m.EPD],
    [s * 0.26 * m.EPW, 0, 0.22 * m.EPD],
  ])
}

/** Distance from p to a polyline. */
export function distanceToPath(p: Vec3, path: Vec3[]): number {
  let best = Infinity
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i],
      b = path[i + 1]
    const abx = b[0] - a[0],
      aby = b[1] - a[1],
      abz = b[2] - a[2]
    const px = p[0] - a[0],
      py = p[1] - a[1],
      pz = p[2] - a[2]
    const t = Math.max(0, Math.min(1, (px * abx + py * aby + pz * abz) / (abx ** 2 + aby ** 2 + abz ** 2 || 1)))
    best = Math.min(best, Math.hypot(px - abx * t, py - aby * t, pz - abz * t))
  }
  return best
}

/** The anterior epidural plexus the basivertebral vein drains into: a pair of channels up and down the canal's front. */
export function epiduralPlexusPaths(L: VertebraLayout): Vec3[][] {
  const z = L.zPost - 2.5,
    H = (L.m.VBHa + L.m.VBHp) / 2
  return [-1, 1].map((s) => [
    [0, 0, L.zPost - BASIVERTEBRAL.outsideMm + 1],
    [s * 4, H * 0.3, z],
    [s * 5, H * 0.75, z - 0.5],
  ])
}

/** Segmental vessels: around the waist of the body at mid-height, each side (the route of type S leaks). */
export const SEGMENTAL = { radiusMm: 1.4, zMm: -2 } as const

/** The segmental vein's mouth through the lateral cortex, used as the leak channel of the voxel model. */
export function segmentalMouth(L: VertebraLayout): { zMm: number; xFrom: number; xTo: number } {
  return { zMm: SEGMENTAL.zMm, xFrom: L.m.EPW / 2 - 5, xTo: L.m.EPW / 2 + 3 }
}

/**
 * The segmental vessel on side s (1 = patient's left), lying on the body's waist at mid-height from beside
 * the pedicle to the front: each point is found along its ray from the body's centre where the distance to
 * the bone equals the vessel's radius, so it touches the bone all the way round.
 */
export function segmentalPath(L: VertebraLayout, s: 1 | -1): Vec3[] {
  const r = SEGMENTAL.radiusMm
  const pts: Vec3[] = []
  for (let i = 0; i <= 12; i++) {
    const phi = ((150 - (120 * i) / 12) * Math.PI) / 180 // 150 deg: back, beside the pedicle; 30 deg: front
    const dx = s * Math.sin(phi),
      dz = Math.cos(phi)
    let lo = 0,
      hi = L.m.EPW + L.m.EPD // bodySdf - r goes from negative (centre) to positive (far out)
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2
      if (bodySdf(L, dx * mid, 0, dz * mid) < r) lo = mid
      else hi = mid
    }
    pts.push([dx * lo, 0, dz * lo])
  }
  return pts
}

/** A marked endplate crack: the region of the superior endplate that is open (larger than the hairline cracks every fracture has). */
export function endplateCrack(cracked: boolean): { r2Max: number; zMinShare: number } {
  return { r2Max: cracked ? 0.35 : 0.12, zMinShare: -0.1 }
}

/** The path of a marked endplate crack across the superior endplate, for drawing. */
export function endplateCrackPath(L: VertebraLayout): Vec3[] {
  const { m } = L
  const w = m.EPW / 2,
    d = m.EPD / 2
  // a jagged line across the front half of the plate, inside the dish where it broke
  return [
    [-0.5 * w, 0, 0.15 * d],
    [-0.25 * w, 0, 0.32 * d],
    [-0.05 * w, 0, 0.18 * d],
    [0.15 * w, 0, 0.38 * d],
    [0.35 * w, 0, 0.22 * d],
    [0.5 * w, 0, 0.36 * d],
  ]
}

/** A breached posterior wall: the window through which bone and cement can reach the canal. */
export function wallBreach(L: VertebraLayout): { halfX: number; halfYShare: number; depthMm: number } {
  void L
  return { halfX: 7, halfYShare: 0.3, depthMm: 1.5 }
}

/** An intravertebral cleft: a fluid-filled slit across the front of the body at mid-height. */
export function cleftRegion(L: VertebraLayout): { halfHeightMm: number; zMin: number; r2Max: number } {
  return { halfHeightMm: 1.3, zMin: -L.m.EPD * 0.1, r2Max: 0.9 }
}
