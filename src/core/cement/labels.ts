// The voxel model of the treated vertebral body: what each voxel is, its porosity and its resistance.
// Frame: the healthy vertebra (vertebra.ts); the scene maps it through the fracture deformation.
import type { CaseParams } from '../case'
import type { Vec3 } from '../anatomy/sdf'
import { bodySdf, type VertebraLayout } from '../anatomy/vertebra'
import { balloonAxes } from '../anatomy/balloon'
import type { InstrumentLayout } from '../anatomy/instruments'
import {
  BASIVERTEBRAL,
  SEGMENTAL,
  basivertebralBranches,
  cleftRegion,
  distanceToPath,
  endplateCrack,
  segmentalMouth,
  wallBreach,
} from '../anatomy/features'
import { hash3, hashString } from '../random'
import { trabecular } from './bone'
import type { Pathway } from '../risk/model'

export const enum Label {
  /** @public outside the box, and the zero every voxel starts as: never written by name */
  Out = 0,
  Bone,
  Cortex,
  Vein,
  Breach,
  Crack,
  Cavity,
  Shell,
  Needle,
  Disc,
  Canal,
  Para,
  Cleft,
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
    case Label.Disc:
    case Label.PlateGap:
      return 'disc'
    case Label.Canal:
    case Label.Breach:
      return 'canal' // through a breached back wall is into the canal
    case Label.Para:
    case Label.Gap:
      return 'paravertebral'
    case Label.Vein:
      return 'venous'
    case Label.Needle:
      return 'needle'
    default:
      return null
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

export interface CavitySpec {
  centre: Vec3
  dir: Vec3
  ml: number
  lengthMm: number
}

/** The cavities kyphoplasty's balloons leave, one per needle. */
export function cavitiesFor(inst: InstrumentLayout): CavitySpec[] {
  return inst.balloonCentres.map((centre, i) => ({
    centre,
    dir: inst.needles[i].dir,
    ml: inst.balloonMl,
    lengthMm: inst.balloonMm,
  }))
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

/** The voxel grid: its size, the centre of voxel 0 and the step between centres (mm). */
interface Grid {
  dims: [number, number, number]
  min: Vec3
  step: number
}
/** A rule applied to voxel v, whose centre is p (mm): p is reused from voxel to voxel, so nothing is allocated */
type Visit = (v: number, p: Vec3) => void
const EVERYWHERE = { lo: [-Infinity, -Infinity, -Infinity], hi: [Infinity, Infinity, Infinity] }

/** Visits the voxels in the box lo..hi (mm), and one more each side: every voxel a rule confined to the box can touch. */
function eachVoxel(g: Grid, box: { lo: ArrayLike<number>; hi: ArrayLike<number> }, visit: Visit): void {
  const {
    dims: [nx, ny, nz],
    min,
    step,
  } = g
  const p: Vec3 = [0.5, 0.5, 0.5] // holds doubles unboxed
  const from = (a: number) => Math.max(0, Math.floor((box.lo[a] - min[a]) / step) - 1)
  const to = (a: number, n: number) => Math.min(n - 1, Math.ceil((box.hi[a] - min[a]) / step) + 1)
  const i0 = from(0),
    i1 = to(0, nx),
    j0 = from(1),
    j1 = to(1, ny),
    k0 = from(2),
    k1 = to(2, nz)
  for (let k = k0; k <= k1; k++)
    for (let j = j0; j <= j1; j++)
      for (let i = i0; i <= i1; i++) {
        p[0] = min[0] + i * step
        p[1] = min[1] + j * step
        p[2] = min[2] + k * step
        visit(i + nx * (j + ny * k), p)
      }
}

/** The box around a polyline's points, padded by r. */
function boxAround(path: Vec3[], r: number): { lo: number[]; hi: number[] } {
  return {
    lo: [0, 1, 2].map((a) => Math.min(...path.map((q) => q[a])) - r),
    hi: [0, 1, 2].map((a) => Math.max(...path.map((q) => q[a])) + r),
  }
}

/**
 * The model is labelled one rule at a time, in the order in which the rules override one another, each rule
 * over the box where it can apply: the body and its surroundings, the veins, the fracture lines, the
 * balloons' cavities, the needle tracks, then each voxel's porosity and resistance from its label. The
 * result is the same as applying every rule to every voxel in turn; small passes are quicker to run and
 * far quicker for the engine to compile than one large loop, which matters at start-up, when the worker
 * builds its first body while the page competes for the same cores.
 */
export function buildVoxelModel(input: ModelInput): VoxelModel {
  const { layout: L, case: c } = input
  const { m } = L
  const step = CEMENT_STEP
  const hMax = Math.max(m.VBHa, m.VBHp) / 2
  const min: Vec3 = [-m.EPW / 2 - 4, -hMax - 4, L.zPost - 9]
  const max: Vec3 = [m.EPW / 2 + 4, hMax + 4, L.zAnt + 4]
  const dims: [number, number, number] = [0, 1, 2].map((a) => Math.ceil((max[a] - min[a]) / step) + 1) as [
    number,
    number,
    number,
  ]
  const g: Grid = { dims, min, step }
  const n = dims[0] * dims[1] * dims[2]
  const label = new Uint8Array(n),
    phi = new Float32Array(n),
    slowXZ = new Float32Array(n),
    slowY = new Float32Array(n),
    entry = new Float32Array(n)
  const bodyDistance = new Float32Array(n)
  const seed = input.seed ?? hashString(`${c.level}|${c.morph}|${c.grade}|${c.cause}`)
  const r2Of = (x: number, z: number) => (x * x) / (m.EPW / 2) ** 2 + (z * z) / (m.EPD / 2) ** 2

  // the body (cancellous bone inside a cortical shell), and the disc, the canal and the soft tissue around it
  eachVoxel(g, EVERYWHERE, (v, p) => {
    const x = p[0],
      y = p[1],
      z = p[2]
    const d = bodySdf(L, x, y, z)
    bodyDistance[v] = d
    const H = L.heightAt(z)
    if (d < -CORTEX_MM) label[v] = Label.Bone
    else if (d < 0) label[v] = Label.Cortex
    else if (Math.abs(y) > H / 2 - 2 && r2Of(x, z) < 1.05) label[v] = Label.Disc
    else if (z < L.zPost && Math.abs(x) < m.SCW / 2) label[v] = Label.Canal
    else label[v] = Label.Para
  })

  // the basivertebral vein: from the middle of the body out through the posterior wall (type B leaks)
  const basiR = BASIVERTEBRAL.radiusMm,
    basiZ0 = L.zPost + m.EPD * BASIVERTEBRAL.depthShare,
    basiZ1 = L.zPost - BASIVERTEBRAL.outsideMm
  eachVoxel(g, { lo: [-basiR, -basiR, basiZ1], hi: [basiR, basiR, basiZ0] }, (v, p) => {
    if (Math.abs(p[0]) < basiR && Math.abs(p[1]) < basiR && p[2] < basiZ0 && p[2] > basiZ1) label[v] = Label.Vein
  })
  // its tributaries inside the body
  const branchR = BASIVERTEBRAL.branchRadiusMm
  for (const b of basivertebralBranches(L)) {
    eachVoxel(g, boxAround(b, branchR), (v, p) => {
      if (label[v] !== Label.Bone || Math.abs(p[1]) >= branchR) return
      if (distanceToPath(p, b) < branchR) label[v] = Label.Vein
    })
  }
  // segmental veins on the sides at mid-height (type S leaks)
  const mouth = segmentalMouth(L),
    segR = SEGMENTAL.radiusMm
  eachVoxel(g, { lo: [-mouth.xTo, -segR, mouth.zMm - segR], hi: [mouth.xTo, segR, mouth.zMm + segR] }, (v, p) => {
    const x = Math.abs(p[0])
    if (Math.abs(p[1]) < segR && Math.abs(p[2] - mouth.zMm) < segR && x > mouth.xFrom && x < mouth.xTo)
      label[v] = Label.Vein
  })

  // fracture lines in the cortex and the cancellous bone, and a cleft
  const crack = endplateCrack(c.endplate === 'cracked'),
    breach = wallBreach(L),
    cleft = cleftRegion(L)
  const cleftGap = c.cleft && hash3(7, 11, 13, seed) < 0.4
  eachVoxel(g, EVERYWHERE, (v, p) => {
    const x = p[0],
      y = p[1],
      z = p[2]
    let lab = label[v]
    if (lab !== Label.Cortex && lab !== Label.Bone) return
    const H = L.heightAt(z),
      r2 = r2Of(x, z)
    if (lab === Label.Cortex) {
      // a fractured endplate has small cracks where it broke; a marked crack is larger (type D leaks)
      if (y > 0 && r2 < crack.r2Max && z > m.EPD * crack.zMinShare) lab = Label.Crack
      if (
        c.endplate === 'cracked' &&
        y > 0 &&
        Math.abs(z - m.EPD * 0.135) < 1.5 &&
        Math.abs(x - m.EPW * 0.15) < m.EPW * 0.12
      )
        lab = Label.PlateGap
      // the anterior and lateral cortex of a collapsed body has fracture lines (type C leaks)
      if (Math.abs(y) < H * 0.15 && z > m.EPD * 0.2 && Math.abs(x) > m.EPW * 0.3 && Math.abs(x) < m.EPW * 0.38)
        lab = Label.Crack
      // a breached posterior wall opens into the canal
      if (
        c.wall === 'breached' &&
        z < L.zPost + breach.depthMm &&
        Math.abs(x) < breach.halfX &&
        Math.abs(y) < H * breach.halfYShare
      )
        lab = Label.Breach
      // in about 40 % of bodies a cleft's fracture opens the front cortex (type C leaks: 40.3 % with a
      // cleft against 16.5 % without, PMC8449924)
      if (cleftGap && Math.abs(y) < cleft.halfHeightMm + 0.6 && z > m.EPD * 0.15 && Math.abs(x) < m.EPW * 0.15)
        lab = Label.Gap
    } else {
      // fracture lines through the cancellous bone behind a breach, and under a marked endplate crack
      if (c.wall === 'breached' && Math.abs(y) < 1.2 && z < L.zPost + m.EPD * 0.7 && Math.abs(x) < breach.halfX * 0.8)
        lab = Label.Fissure
      if (
        c.endplate === 'cracked' &&
        y > H * 0.25 &&
        Math.abs(z - m.EPD * 0.135) < 0.8 &&
        Math.abs(x - m.EPW * 0.15) < m.EPW * 0.12
      )
        lab = Label.Fissure
      if (lab === Label.Bone && c.cleft && Math.abs(y) < cleft.halfHeightMm && z > cleft.zMin && r2 < cleft.r2Max)
        lab = Label.Cleft
    }
    label[v] = lab
  })

  // a balloon crushes whatever it inflates in, the veins inside the body included
  const cavities = input.cavities.map((cv) => ({ ...cv, axes: balloonAxes(cv.ml, cv.lengthMm) }))
  if (cavities.length) {
    // the shell reaches 1 + 1.6 / across times the cavity's semi-axes (a flat balloon: everywhere)
    const reach = Math.max(
      ...cavities.map((cv) => (1 + 1.6 / cv.axes.across) * Math.max(cv.axes.along, cv.axes.across)),
    )
    eachVoxel(
      g,
      boxAround(
        cavities.map((cv) => cv.centre),
        reach,
      ),
      (v, p) => {
        const x = p[0],
          y = p[1],
          z = p[2]
        let lab = label[v]
        if (!(lab === Label.Bone || lab === Label.Cleft || (lab === Label.Vein && bodySdf(L, x, y, z) < -CORTEX_MM)))
          return
        for (const cv of cavities) {
          const qx = x - cv.centre[0],
            qy = y - cv.centre[1],
            qz = z - cv.centre[2]
          const along = qx * cv.dir[0] + qy * cv.dir[1] + qz * cv.dir[2]
          const across = Math.hypot(qx - along * cv.dir[0], qy - along * cv.dir[1], qz - along * cv.dir[2])
          const e = (along / cv.axes.along) ** 2 + (across / cv.axes.across) ** 2
          if (e <= 1) lab = Label.Cavity
          else if (lab !== Label.Cavity && lab !== Label.Vein && Math.sqrt(e) <= 1 + 1.6 / cv.axes.across)
            lab = Label.Shell
        }
        label[v] = lab
      },
    )
  }

  // the cannula's track: a channel inside the bone (entry marked -1 until the materials below) and a way
  // out through the pedicle
  const TRACK_MM = 1.1
  for (const nd of input.needles) {
    const path = [nd.bone, nd.tip]
    eachVoxel(g, boxAround(path, TRACK_MM), (v, p) => {
      if (distanceToPath(p, path) >= TRACK_MM) return
      const lab = label[v]
      if (lab === Label.Bone || lab === Label.Shell) entry[v] = -1
      else if (lab === Label.Cortex || ((lab === Label.Para || lab === Label.Canal) && p[2] < L.zPost))
        label[v] = Label.Needle
    })
  }

  // what each voxel is made of: how much cement it holds, how hard it is to cross and to enter
  eachVoxel(g, EVERYWHERE, (v, p) => {
    const x = p[0],
      y = p[1],
      z = p[2]
    const lab = label[v]
    switch (lab) {
      case Label.Bone:
      case Label.Shell: {
        const H = L.heightAt(z)
        const pore = trabecular(x, y, z, seed, Math.max(0, 1 - (H / 2 - Math.abs(y)) / 3), lab === Label.Shell)
        phi[v] = pore.phi
        slowY[v] = pore.slowY
        slowXZ[v] = pore.slowXZ
        entry[v] = entry[v] < 0 ? 0.05 : pore.entry // the drilled track is an easy channel
        break
      }
      case Label.Fissure:
        phi[v] = 0.95
        slowY[v] = slowXZ[v] = 0.3
        entry[v] = 0.2
        break
      case Label.Cavity:
      case Label.Cleft:
        phi[v] = 1
        slowY[v] = slowXZ[v] = 0.1
        entry[v] = 0
        break
      case Label.Vein:
        phi[v] = 0.6
        slowY[v] = slowXZ[v] = 0.2
        entry[v] = 0.15
        break
      case Label.Crack:
      case Label.Needle:
        phi[v] = 0.5
        slowY[v] = slowXZ[v] = 0.5
        entry[v] = lab === Label.Crack ? 1.3 : 0.9
        break
      case Label.Breach:
      case Label.Gap:
      case Label.PlateGap: // a wide hole in the wall: as open as the bone inside it
        phi[v] = 0.8
        slowY[v] = slowXZ[v] = 0.5
        entry[v] = 0.3
        break
      case Label.Disc:
      case Label.Canal:
      case Label.Para:
        phi[v] = 0.4
        slowY[v] = slowXZ[v] = 3
        entry[v] = 1.4
        break
      default: // cortex: impermeable, never entered
        phi[v] = 0
        slowY[v] = slowXZ[v] = Infinity
        entry[v] = Infinity
    }
  })
  return { dims, min, step, label, phi, slowXZ, slowY, entry, bodySdf: bodyDistance }
}
