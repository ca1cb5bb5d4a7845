// Cement arrival field, two passes (reference/cement-flow.md section 6):
// 1. hydraulic distance D from the needle tip(s), settled lazily (distance.ts): Dijkstra with anisotropic slowness sqrt(k_ref/k);
// 2. invasion in a stabilising gradient: pop the frontier voxel of least G*D + entry. G grows with the
//    cement's viscosity and the injection rate (rheology.ts), and the cement thickens as it goes in, so G is
//    re-evaluated every SEGMENT_ML and the frontier re-keyed. Large G gives a compact cloud; small G lets the
//    front follow low thresholds and channels (veins, cracks) and reach exits earlier.
// The pop order, summed as pore volume, gives the injected volume (and so the time) at which each voxel fills.
import { RANGES } from '../case'
import { PATHWAYS, type Pathway } from '../risk/model'
import type { Vec3 } from '../anatomy/sdf'
import { MinHeap } from './heap'
import { HydraulicDistance } from './distance'
import { Label, pathwayOf, type VoxelModel } from './labels'
import { G_REF, gradientAt, minutesAt, type Injection } from './rheology'
import { LEAK_SEEN_ML, PAUSE_MIN, resumable, watched, type InjectionStop, type StopRules } from './stop'

/** The stabilising gradient is re-evaluated after every this many mL (cement-flow.md: per 0.5-1 mL). */
const SEGMENT_ML = 0.25
/** Extra resistance per voxel travelled outside the bone, so leaks stay local. */
const OUTSIDE_PENALTY = 0.35
/** Along a vein it is smaller: the blood carries cement off until it caps the vessel (cement-flow.md 6). */
const VEIN_PENALTY = 0.02
/**
 * Narrow channels (cracks, vein mouths, the needle track) take more pressure to enter the stiffer the
 * cement: their entry costs as much as this many mm of extra hydraulic distance, scaled by G. Runny cement
 * (small G) barely notices; doughy cement must build up around a channel before it goes in. A breached
 * wall is a wide opening, not a channel.
 */
const CHANNEL_MM = 7
/**
 * Pushing tissue aside: each voxel the cement goes into the disc, the canal or the tissue beside the bone
 * (veins excepted: the blood carries it) costs YIELD_MM x G x G / G_REF more, in units of the priority. It grows
 * faster than the viscous term G x D, as a paste's yield stress does with its viscosity, so thicker or older
 * cement stops sooner once it is out: the leaked volume, not only how often a leak begins, falls with
 * viscosity and with a later start, as on the bench (Habib 2010: thick against runny 0.38 of the leaked
 * mass). A calibration (tests/unit/cementPhysics.test.ts).
 */
const YIELD_MM = 0.084
/** Leaked volume (mL) from which a pathway counts as reached: less is too little to see or report. */
export const LEAK_SHOWN_ML = 0.005
/** Leak-curve resolution: leaked volume is tabulated every VMAX / CURVE_STEPS mL. */
export const CURVE_STEPS = 200

/** The first cement to reach a pathway: at which injected volume, how far into the injection, and where. */
interface LeakEvent {
  pathway: Pathway
  atMl: number
  atMin: number
  position: Vec3
}

export interface CementField {
  dims: [number, number, number]
  min: Vec3
  step: number
  /** injected volume (mL) at which each voxel fills; Infinity if it never does up to vmax */
  arrival: Float32Array
  vmax: number
  /** leaked volume per pathway at injected volume i * vmax / CURVE_STEPS */
  curve: Record<Pathway, Float32Array>
  events: LeakEvent[]
  /** where the stop rules paused and stopped the injection (stop.ts), or null when the field ran without them */
  stop: InjectionStop | null
}

// the six face neighbours, in the order the invasion has always pushed them (ties in the heap keep it),
// as flat axis steps: a destructuring for-of over them made an iterator per face before the code was
// optimised, and tripled the time the engine took to optimise invade()
const FACE_DX = [0, 0, -1, 1, 0, 0],
  FACE_DY = [0, -1, 0, 0, 1, 0],
  FACE_DZ = [-1, 0, 0, 0, 0, 1]

function voxelOf(vm: VoxelModel, p: Vec3): number {
  const [nx, ny, nz] = vm.dims
  const i = Math.min(nx - 1, Math.max(0, Math.round((p[0] - vm.min[0]) / vm.step)))
  const j = Math.min(ny - 1, Math.max(0, Math.round((p[1] - vm.min[1]) / vm.step)))
  const k = Math.min(nz - 1, Math.max(0, Math.round((p[2] - vm.min[2]) / vm.step)))
  return i + nx * (j + ny * k)
}

/** Both passes, for needle tips in the healthy frame. */
export function computeCementField(vm: VoxelModel, tips: Vec3[], c: Injection, rules?: StopRules): CementField {
  const sources = sourcesAt(vm, tips)
  return invade(vm, new HydraulicDistance(vm, sources), sources, c, rules)
}

/** The voxels the needle tips sit in (those the cement can fill). */
export function sourcesAt(vm: VoxelModel, tips: Vec3[]): number[] {
  return tips.map((p) => voxelOf(vm, p)).filter((v) => vm.entry[v] !== Infinity)
}

/**
 * Pass 2: invasion from the sources in the stabilising gradient, given pass 1 (settled as it goes). With stop
 * rules the injection pauses at the first leak seen (the cement ages PAUSE_MIN, and the leak's own path is
 * sealed: the frontier beyond the cement already out is closed) and stops for good at a canal leak, at the
 * next leak, or when the front reaches the back quarter of the body. Without them it runs to the largest
 * volume, as the population ensemble does.
 */
export function invade(
  vm: VoxelModel,
  D: HydraulicDistance,
  sources: number[],
  c: Injection,
  rules?: StopRules,
): CementField {
  const [nx, ny, nz] = vm.dims
  const n = vm.label.length
  const vmax = RANGES.vol.max
  const arrival = new Float32Array(n).fill(Infinity)
  // priority = G * reach + extra + Y * soft, kept apart so the frontier can be re-keyed as G (and Y) grow
  const reach = new Float32Array(n),
    extra = new Float32Array(n)
  const outDepth = new Uint16Array(n)
  // depth outside the bone where the cement must push tissue aside (the disc, the canal, the tissue beside it)
  const soft = new Uint16Array(n)
  const yieldAt = (g: number) => YIELD_MM * g * (g / G_REF)
  const queued = new Uint8Array(n)
  const curve = Object.fromEntries(PATHWAYS.map((p) => [p, new Float32Array(CURVE_STEPS + 1)])) as Record<
    Pathway,
    Float32Array
  >
  const leaked = Object.fromEntries(PATHWAYS.map((p) => [p, 0])) as Record<Pathway, number>
  const events: LeakEvent[] = []
  const heap = new MinHeap(4096)
  const voxelMl = vm.step ** 3 / 1000
  let inj = c
  let G = gradientAt(inj, 0),
    nextSegment = SEGMENT_ML
  let Y = yieldAt(G)
  // a steeper gradient from here on: every queued voxel re-keyed (the push in the loop writes the same sum inline)
  const steepen = (g: number) => {
    G = g
    Y = yieldAt(G)
    heap.rekey((w) => G * reach[w] + extra[w] + Y * soft[w])
  }
  for (const s of sources) {
    queued[s] = 1
    heap.push(0, s)
  }
  let volume = 0,
    written = 0
  const sealed = rules ? new Uint8Array(n) : null
  let pause: InjectionStop['pause'] = null,
    end: InjectionStop['end'] = null
  let atPause: Record<Pathway, number> | null = null
  while (heap.size && volume < vmax) {
    const u = heap.pop()
    if (sealed?.[u]) continue
    const lab = vm.label[u]
    volume += vm.phi[u] * voxelMl
    arrival[u] = volume
    const path = pathwayOf(lab)
    if (path) {
      if (leaked[path] === 0) {
        const i = u % nx,
          j = ((u / nx) | 0) % ny,
          k = (u / (nx * ny)) | 0
        events.push({
          pathway: path,
          atMl: volume,
          atMin: minutesAt(volume, c.rate),
          position: [vm.min[0] + i * vm.step, vm.min[1] + j * vm.step, vm.min[2] + k * vm.step],
        })
      }
      leaked[path] += vm.phi[u] * voxelMl
    }
    // tabulate the leak curve up to the current volume
    const upto = Math.min(CURVE_STEPS, Math.floor((volume / vmax) * CURVE_STEPS))
    for (; written <= upto; written++) for (const p of PATHWAYS) curve[p][written] = leaked[p]
    const i = u % nx,
      j = ((u / nx) | 0) % ny,
      k = (u / (nx * ny)) | 0
    if (rules) {
      if (!path && lab !== Label.Cavity && vm.min[2] + k * vm.step <= rules.posteriorZ) {
        end = { atMl: volume, reason: 'posterior-wall', pathway: null }
        break
      }
      if (path && watched(path)) {
        if (!atPause && leaked[path] >= LEAK_SEEN_ML) {
          if (!resumable(path)) {
            end = { atMl: volume, reason: 'leak', pathway: path }
            break
          }
          pause = { atMl: volume, pathway: path }
          atPause = { ...leaked }
          // the cement in the leak thickens and plugs it: what lies beyond the cement already out stays empty
          for (let w = 0; w < n; w++)
            if (queued[w] && arrival[w] === Infinity && outDepth[w] > 1 && pathwayOf(vm.label[w]) === path)
              sealed![w] = 1
          inj = { ...c, mix: c.mix + PAUSE_MIN }
          steepen(gradientAt(inj, volume))
        } else if (atPause && leaked[path] - atPause[path] >= LEAK_SEEN_ML) {
          end = { atMl: volume, reason: 'leak', pathway: path }
          break
        }
      }
    }
    for (let q = 0; q < 6; q++) {
      const a = i + FACE_DX[q],
        b = j + FACE_DY[q],
        cc = k + FACE_DZ[q]
      if (a < 0 || b < 0 || cc < 0 || a >= nx || b >= ny || cc >= nz) continue
      const w = a + nx * (b + ny * cc)
      if (queued[w] || vm.entry[w] === Infinity) continue
      const dw = D.at(w)
      if (dw === Infinity) continue
      queued[w] = 1
      const lw = vm.label[w]
      const outside = pathwayOf(lw) !== null
      outDepth[w] = outside ? Math.min(65535, outDepth[u] + 1) : 0
      const channel = lw === Label.Crack || lw === Label.Needle || (lw === Label.Vein && vm.label[u] !== Label.Vein)
      reach[w] = dw + (channel ? CHANNEL_MM : 0)
      extra[w] = vm.entry[w] + (lw === Label.Vein ? VEIN_PENALTY : OUTSIDE_PENALTY) * outDepth[w]
      soft[w] = outside && lw !== Label.Vein ? outDepth[w] : 0
      heap.push(G * reach[w] + extra[w] + Y * soft[w], w)
    }
    if (volume >= nextSegment) {
      // the cement has thickened while this much went in: a steeper gradient from here on
      while (nextSegment <= volume) nextSegment += SEGMENT_ML
      const g = gradientAt(inj, volume)
      if (g !== G) steepen(g)
    }
  }
  for (; written <= CURVE_STEPS; written++) for (const p of PATHWAYS) curve[p][written] = leaked[p]
  return {
    dims: vm.dims,
    min: vm.min,
    step: vm.step,
    arrival,
    vmax,
    curve,
    events,
    stop: rules ? { pause, end } : null,
  }
}

/** Leaked volume per pathway once `ml` has been injected (linear between tabulated points). */
/** The pathways leaksAt would list at `ml`, as bits (bit i: PATHWAYS[i]): the same test, with nothing allocated. */
export function leakMaskAt(field: Pick<CementField, 'curve' | 'vmax'>, ml: number): number {
  const x = Math.max(0, Math.min(1, (Number.isFinite(ml) ? ml : 0) / field.vmax)) * CURVE_STEPS
  const i = Math.min(CURVE_STEPS - 1, Math.floor(x)),
    f = x - i
  let mask = 0
  for (let k = 0; k < PATHWAYS.length; k++) {
    const c = field.curve[PATHWAYS[k]]
    if (c[i] + (c[i + 1] - c[i]) * f >= LEAK_SHOWN_ML) mask |= 1 << k
  }
  return mask
}

export function leaksAt(
  field: Pick<CementField, 'curve' | 'vmax'>,
  ml: number,
): { pathway: Pathway; volumeMl: number }[] {
  const x = Math.max(0, Math.min(1, (Number.isFinite(ml) ? ml : 0) / field.vmax)) * CURVE_STEPS
  const i = Math.min(CURVE_STEPS - 1, Math.floor(x)),
    f = x - i
  const out: { pathway: Pathway; volumeMl: number }[] = []
  for (const p of PATHWAYS) {
    const c = field.curve[p]
    const v = c[i] + (c[i + 1] - c[i]) * f
    if (v >= LEAK_SHOWN_ML) out.push({ pathway: p, volumeMl: Math.round(v * 1000) / 1000 })
  }
  return out
}
