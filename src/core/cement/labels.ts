// The voxel model of the treated vertebral body: what each voxel is, its porosity and its resistance.
// Frame: the healthy vertebra (vertebra.ts); the scene maps it through the fracture deformation.
import type { CaseParams } from '../case'
import type { Vec3 } from '../anatomy/sdf'
import { bodySdf, type VertebraLayout } from '../anatomy/vertebra'
import { balloonAxes } from '../anatomy/balloon'
import type { InstrumentLayout } from '../anatomy/instruments'
import { BASIVERTEBRAL, SEGMENTAL, basivertebralBranches, cleftRegion, distanceToPath, endplateCrack, segmentalMouth, wallBreach } from '../anatomy/features'
import { hash3, hashString } from '../random'
import { trabecular } from './bone'
import type { Pathway } from '../risk/model'

export const enum Label {
  Out = 0, Bone, Cortex, Vein, Breach, Crack, Cavity, Shell, Needle, Disc, Canal, Para, Cleft,
  /** a fracture line through the cancellous bone: an open, low-resistance sheet */
  Fissure,
  /** where a cleft's fracture opens the front cortex: a wide gap to the tissue in front */
  Gap,
  /** where a marked endplate crack opens the plate over its fracture line: a gap into the disc */
  PlateGap,
}

/** Where cement in a voxel of this label has gone, or null while it is inside the bone. */
export function pathwayOf(label: number): Pathway | null {
  switch (label) {
    case Label.Disc: case Label.PlateGap: return 'disc'
    case Label.Canal: case Label.Breach: return 'canal' // through a breached back wall is into the canal
    case Label.Para: case Label.Gap: return 'paravertebral'
    case Label.Vein: return 'venous'
    case Label.Needle: return 'needle'
    default: return null
  }
}

/** 1 where cement has left the bone (a vein, the disc, the canal, the tissue outside, the needle track). */
export function exitMask(label: Uint8Array): Uint8Array {
  return label.map((l) => (pathwayOf(l) === null ? 0 : 1))
}

/** Cortical shell thickness, mm (about 1 mm in vertebral bodies). */
export const CORTEX_MM = 1.2
/** Grid step, mm: ~0.7-1 mm voxels as in cement-flow.md section 6. */
export const CEMENT_STEP = 1.0

export interface VoxelModel {
  dims: [number, number, number]
  min: Vec3
  step: number
  label: Uint8Array
  /** pore fraction cement can fill */
  phi: Float32Array
  /** slowness sqrt(k_ref / k) across (x, z) and along (y) */
  slowXZ: Float32Array
  slowY: Float32Array
  /** entry threshold: how hard it is for the front to enter (higher = later) */
  entry: Float32Array
  /** signed distance to the vertebral body's surface, mm (negative inside): draws cortex vs cancellous on a cut */
  bodySdf: Float32Array
}

export interface CavitySpec { centre: Vec3; dir: Vec3; ml: number; lengthMm: number }

/** The cavities kyphoplasty's balloons leave, one per needle. */
export function cavitiesFor(inst: InstrumentLayout): CavitySpec[] {
  return inst.balloonCentres.map((centre, i) => ({ centre, dir: inst.needles[i].dir, ml: inst.balloonMl, lengthMm: inst.balloonMm }))
}

export interface ModelInput {
  case: CaseParams
  layout: VertebraLayout
  /** cavities from kyphoplasty balloons, in the healthy frame */
  cavities: CavitySpec[]
  /** needle lines (bone entry -> tip), in the healthy frame */
  needles: { bone: Vec3; tip: Vec3 }[]
  /** the bone's random texture; by default derived from the case, so a case always gives the same bone */
  seed?: number
}

export function buildVoxelModel(input: ModelInput): VoxelModel {
  const { layout: L, case: c } = input
  const { m } = L
  const step = CEMENT_STEP
  const hMax = Math.max(m.VBHa, m.VBHp) / 2
  const min: Vec3 = [-m.EPW / 2 - 4, -hMax - 4, L.zPost - 9]
  const max: Vec3 = [m.EPW / 2 + 4, hMax + 4, L.zAnt + 4]
  const dims: [number, number, number] = [0, 1, 2].map((a) => Math.ceil((max[a] - min[a]) / step) + 1) as [number, number, number]
  const n = dims[0] * dims[1] * dims[2]
  const label = new Uint8Array(n), phi = new Float32Array(n), slowXZ = new Float32Array(n), slowY = new Float32Array(n), entry = new Float32Array(n)
  const bodyDistance = new Float32Array(n)
  const seed = input.seed ?? hashString(`${c.level}|${c.morph}|${c.grade}|${c.cause}`)
  const cavities = input.cavities.map((cv) => ({ ...cv, axes: balloonAxes(cv.ml, cv.lengthMm) }))
  const crack = endplateCrack(c.endplate === 'cracked'), breach = wallBreach(L), cleft = cleftRegion(L), mouth = segmentalMouth(L)
  const branches = basivertebralBranches(L)
  const cleftGap = c.cleft && hash3(7, 11, 13, seed) < 0.4
  const basiR = BASIVERTEBRAL.radiusMm, basiZ0 = L.zPost + m.EPD * BASIVERTEBRAL.depthShare, basiZ1 = L.zPost - BASIVERTEBRAL.outsideMm
  // each needle's track with the box around it: only voxels in the box are measured against the line
  const TRACK_MM = 1.1
  const tracks = input.needles.map((nd) => ({
    path: [nd.bone, nd.tip],
    lo: [0, 1, 2].map((a) => Math.min(nd.bone[a], nd.tip[a]) - TRACK_MM),
    hi: [0, 1, 2].map((a) => Math.max(nd.bone[a], nd.tip[a]) + TRACK_MM),
  }))
  const p: Vec3 = [0, 0, 0]
  let v = 0
  for (let k = 0; k < dims[2]; k++) for (let j = 0; j < dims[1]; j++) for (let i = 0; i < dims[0]; i++, v++) {
    const x = min[0] + i * step, y = min[1] + j * step, z = min[2] + k * step
    p[0] = x; p[1] = y; p[2] = z
    const d = bodySdf(L, x, y, z)
    bodyDistance[v] = d
    const H = L.heightAt(z)
    const r2 = (x * x) / ((m.EPW / 2) ** 2) + (z * z) / ((m.EPD / 2) ** 2)
    let lab: Label
    if (d < -CORTEX_MM) lab = Label.Bone
    else if (d < 0) lab = Label.Cortex
    else if (Math.abs(y) > H / 2 - 2 && r2 < 1.05) lab = Label.Disc
    else if (z < L.zPost && Math.abs(x) < m.SCW / 2) lab = Label.Canal
    else lab = Label.Para
    // basivertebral vein: from the middle of the body out through the posterior wall (type B leaks)
    if (Math.abs(x) < basiR && Math.abs(y) < basiR && z < basiZ0 && z > basiZ1) lab = Label.Vein
    // its tributaries inside the body
    if (lab === Label.Bone && Math.abs(y) < BASIVERTEBRAL.branchRadiusMm) {
      for (const b of branches) if (distanceToPath(p, b) < BASIVERTEBRAL.branchRadiusMm) lab = Label.Vein
    }
    // segmental veins on the sides at mid-height (type S leaks)
    if (Math.abs(y) < SEGMENTAL.radiusMm && Math.abs(z - mouth.zMm) < SEGMENTAL.radiusMm && Math.abs(x) > mouth.xFrom && Math.abs(x) < mouth.xTo) lab = Label.Vein
    if (lab === Label.Cortex) {
      // a fractured endplate has small cracks where it broke; a marked crack is larger (type D leaks)
      if (y > 0 && r2 < crack.r2Max && z > m.EPD * crack.zMinShare) lab = Label.Crack
      if (c.endplate === 'cracked' && y > 0 && Math.abs(z - m.EPD * 0.135) < 1.5 && Math.abs(x - m.EPW * 0.15) < m.EPW * 0.12) lab = Label.PlateGap
      // the anterior and lateral cortex of a collapsed body has fracture lines (type C leaks)
      if (Math.abs(y) < H * 0.15 && z > m.EPD * 0.2 && Math.abs(x) > m.EPW * 0.3 && Math.abs(x) < m.EPW * 0.38) lab = Label.Crack
      // a breached posterior wall opens into the canal
      if (c.wall === 'breached' && z < L.zPost + breach.depthMm && Math.abs(x) < breach.halfX && Math.abs(y) < H * breach.halfYShare) lab = Label.Breach
      // in about 40 % of bodies a cleft's fracture opens the front cortex (type C leaks: 40.3 % with a
      // cleft against 16.5 % without, PMC8449924)
      if (cleftGap && Math.abs(y) < cleft.halfHeightMm + 0.6 && z > m.EPD * 0.15 && Math.abs(x) < m.EPW * 0.15) lab = Label.Gap
    }
    if (lab === Label.Bone) {
      // fracture lines through the cancellous bone behind a breach, and under a marked endplate crack
      if (c.wall === 'breached' && Math.abs(y) < 1.2 && z < L.zPost + m.EPD * 0.7 && Math.abs(x) < breach.halfX * 0.8) lab = Label.Fissure
      if (c.endplate === 'cracked' && y > H * 0.25 && Math.abs(z - m.EPD * 0.135) < 0.8 && Math.abs(x - m.EPW * 0.15) < m.EPW * 0.12) lab = Label.Fissure
    }
    if (lab === Label.Bone && c.cleft && Math.abs(y) < cleft.halfHeightMm && z > cleft.zMin && r2 < cleft.r2Max) lab = Label.Cleft
    // a balloon crushes whatever it inflates in, the veins inside the body included
    if (lab === Label.Bone || lab === Label.Cleft || (lab === Label.Vein && d < -CORTEX_MM)) {
      for (const cv of cavities) {
        const q: Vec3 = [x - cv.centre[0], y - cv.centre[1], z - cv.centre[2]]
        const along = q[0] * cv.dir[0] + q[1] * cv.dir[1] + q[2] * cv.dir[2]
        const across = Math.hypot(q[0] - along * cv.dir[0], q[1] - along * cv.dir[1], q[2] - along * cv.dir[2])
        const e = (along / cv.axes.along) ** 2 + (across / cv.axes.across) ** 2
        if (e <= 1) lab = Label.Cavity
        else if (lab !== Label.Cavity && lab !== Label.Vein && Math.sqrt(e) <= 1 + 1.6 / cv.axes.across) lab = Label.Shell
      }
    }
    // the cannula's track: a channel inside the bone and a way out through the pedicle
    for (const t of tracks) {
      if (x < t.lo[0] || y < t.lo[1] || z < t.lo[2] || x > t.hi[0] || y > t.hi[1] || z > t.hi[2]) continue
      if (distanceToPath(p, t.path) < TRACK_MM) {
        if (lab === Label.Bone || lab === Label.Shell) entry[v] = -1 // marked: an easy channel
        else if (lab === Label.Cortex || ((lab === Label.Para || lab === Label.Canal) && z < L.zPost)) lab = Label.Needle
      }
    }
    label[v] = lab
    switch (lab) {
      case Label.Bone: case Label.Shell: {
        const pore = trabecular(x, y, z, seed, Math.max(0, 1 - (H / 2 - Math.abs(y)) / 3), lab === Label.Shell)
        phi[v] = pore.phi; slowY[v] = pore.slowY; slowXZ[v] = pore.slowXZ
        entry[v] = entry[v] < 0 ? 0.05 : pore.entry // the drilled track is an easy channel
        break
      }
      case Label.Fissure:
        phi[v] = 0.95; slowY[v] = slowXZ[v] = 0.3; entry[v] = 0.2; break
      case Label.Cavity: case Label.Cleft:
        phi[v] = 1; slowY[v] = slowXZ[v] = 0.1; entry[v] = 0; break
      case Label.Vein:
        phi[v] = 0.6; slowY[v] = slowXZ[v] = 0.2; entry[v] = 0.15; break
      case Label.Crack: case Label.Needle:
        phi[v] = 0.5; slowY[v] = slowXZ[v] = 0.5; entry[v] = lab === Label.Crack ? 1.3 : 0.9; break
      case Label.Breach: case Label.Gap: case Label.PlateGap: // a wide hole in the wall: as open as the bone inside it
        phi[v] = 0.8; slowY[v] = slowXZ[v] = 0.5; entry[v] = 0.3; break
      case Label.Disc: case Label.Canal: case Label.Para:
        phi[v] = 0.4; slowY[v] = slowXZ[v] = 3; entry[v] = 1.4; break
      default: // cortex: impermeable, never entered
        phi[v] = 0; slowY[v] = slowXZ[v] = Infinity; entry[v] = Infinity
    }
  }
  return { dims, min, step, label, phi, slowXZ, slowY, entry, bodySdf: bodyDistance }
}
