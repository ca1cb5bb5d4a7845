// A seeded ensemble of anatomies: how often, and how early, a case's cement leaks across many bodies rather
// than one. Each member draws a level, its own bone texture and a needle tip placed a little off the plan
// (as real tips are). The physics tests use it to check the model against published behaviour.
import type { CaseParams, Level } from '../case'
import type { Vec3 } from '../anatomy/sdf'
import { layoutFor } from '../anatomy/vertebra'
import { instrumentLayout } from '../anatomy/instruments'
import { mulberry32 } from '../random'
import { buildVoxelModel, cavitiesFor } from './labels'
import { hydraulicDistance, invade, sourcesAt } from './field'

export interface Member { level: Level; seed: number; tipOffset: Vec3 }

/** Levels where most osteoporotic fractures are treated (thoracolumbar junction and below). */
const LEVELS: Level[] = ['T11', 'T12', 'L1', 'L2', 'L3']

/** n members from a seed: the same seed always gives the same ensemble. */
export function members(n: number, seed = 1): Member[] {
  const rnd = mulberry32(seed)
  return Array.from({ length: n }, () => ({
    level: LEVELS[Math.floor(rnd() * LEVELS.length)],
    seed: Math.floor(rnd() * 2 ** 31),
    // tips land within about 2 mm of the plan side to side and up and down, 3 mm in depth
    tipOffset: [(rnd() - 0.5) * 4, (rnd() - 0.5) * 4, (rnd() - 0.5) * 6] as Vec3,
  }))
}

export interface Outcome { leaked: boolean; firstMl: number; events: number }

type Anatomy = { vm: ReturnType<typeof buildVoxelModel>; sources: number[]; D: Float64Array }
const anatomyKey = (c: CaseParams, m: Member) => [m.level, m.seed, m.tipOffset.join(','), c.proc, c.approach, c.wall, c.endplate, c.cleft, c.morph, c.grade, c.proc === 'kp' ? c.vol : 0].join('|')

/** The voxel model and pass 1 for a member; kept while only the injection changes (pass 2 alone reruns). */
function anatomyFor(c: CaseParams, m: Member, cache: Map<string, Anatomy>): Anatomy {
  const key = anatomyKey(c, m)
  const hit = cache.get(key)
  if (hit) return hit
  const cm = { ...c, level: m.level }
  const layout = layoutFor(m.level)
  const inst = instrumentLayout(layout, cm)
  const tips = inst.needles.map((nd): Vec3 => [nd.tip[0] + m.tipOffset[0], nd.tip[1] + m.tipOffset[1], nd.tip[2] + m.tipOffset[2]])
  const vm = buildVoxelModel({
    case: cm, layout, seed: m.seed,
    cavities: c.proc === 'kp' ? cavitiesFor(inst) : [],
    needles: inst.needles.map((nd, i) => ({ bone: nd.bone, tip: tips[i] })),
  })
  const sources = sourcesAt(vm, tips)
  const a = { vm, sources, D: hydraulicDistance(vm, sources) }
  if (cache.size > 64) cache.clear()
  cache.set(key, a)
  return a
}

/** Each member's outcome when the case's volume has been injected. */
export function outcomes(c: CaseParams, ms: Member[], cache = new Map<string, Anatomy>()): Outcome[] {
  return ms.map((m) => {
    const a = anatomyFor(c, m, cache)
    const f = invade(a.vm, a.D, a.sources, c)
    const by = f.events.filter((e) => e.atMl <= c.vol)
    return { leaked: by.length > 0, firstMl: Math.min(f.vmax, ...f.events.map((e) => e.atMl)), events: by.length }
  })
}

/** Share of members that leaked, mean first-leak volume (mL, capped at the largest volume) and mean events. */
export function summarise(os: Outcome[]): { leakRate: number; meanFirstMl: number; meanEvents: number } {
  const n = os.length
  return {
    leakRate: os.filter((o) => o.leaked).length / n,
    meanFirstMl: os.reduce((s, o) => s + o.firstMl, 0) / n,
    meanEvents: os.reduce((s, o) => s + o.events, 0) / n,
  }
}
