// A seeded ensemble of anatomies: how often, and how early, a case's cement leaks across many bodies rather
// than one. Each member draws a level, its own bone texture and a needle tip placed a little off the plan
// (as real tips are). The physics tests use it to check the model against published behaviour.
import { defaultVolume, type CaseParams, type Level } from '../case'
import type { Vec3 } from '../anatomy/sdf'
import { mulberry32 } from '../random'
import { invade, leaksAt } from './field'
import { anatomyFor, anatomyKey, type Anatomy } from './forCase'

/** A member is a variant of the case's body (forCase.ts) at its own level. */
export interface Member {
  level: Level
  seed: number
  tipOffset: Vec3
}

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

/** Whether the member leaked by the case's volume, its first leak (mL injected), how many pathways, and how much left the bone (mL). */
export interface Outcome {
  leaked: boolean
  firstMl: number
  events: number
  leakedMl: number
}

/**
 * The case in a member's body: at its level, with the same volume relative to that level's usual volume (a
 * case at the usual volume stays at the usual volume; 1 mL over it at L1 is a quarter over it at every level).
 */
function memberCase(c: CaseParams, m: Member): CaseParams {
  return {
    ...c,
    level: m.level,
    vol: Math.round(((c.vol * defaultVolume(m.level)) / defaultVolume(c.level)) * 100) / 100,
  }
}

/** A member's anatomy (pass 1 included), kept while only the injection changes so pass 2 alone reruns. */
function anatomyOf(c: CaseParams, m: Member, cache: Map<string, Anatomy>): Anatomy {
  const cm = memberCase(c, m)
  const key = anatomyKey(cm, c.proc, m)
  let a = cache.get(key)
  if (!a) {
    a = anatomyFor(cm, c.proc, m)
    if (cache.size > 64) cache.clear()
    cache.set(key, a)
  }
  return a
}

/** Each member's outcome when the case's volume has been injected. */
export function outcomes(c: CaseParams, ms: Member[], cache = new Map<string, Anatomy>()): Outcome[] {
  return ms.map((m) => {
    const cm = memberCase(c, m)
    const a = anatomyOf(c, m, cache)
    const f = invade(a.vm, a.D, a.sources, cm)
    const by = f.events.filter((e) => e.atMl <= cm.vol)
    const leakedMl = leaksAt(f, cm.vol).reduce((s, l) => s + l.volumeMl, 0)
    return {
      leaked: by.length > 0,
      firstMl: Math.min(f.vmax, ...f.events.map((e) => e.atMl)),
      events: by.length,
      leakedMl,
    }
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
