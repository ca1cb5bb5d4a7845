// Where a careful operator stops the injection (clinical-audit.md finding 7). The cement is watched on the
// lateral view: the injection stops when the front nears the back quarter of the body, and at the first leak
// it pauses while the cement thickens; it goes on only if the leak was not into the spinal canal, and stops
// for good at the next leak. Pausing lets the cement already in a leak's path thicken and seal it (the idea
// behind staged injection: Elnoamany, Asian Spine J 2015;9:855, waited between small doses and leaked less).
import type { Pathway } from '../risk/model'
import type { VertebraLayout } from '../anatomy/vertebra'

export type StopReason = 'posterior-wall' | 'leak'

/** What the rules did to one injection, in mL injected; null parts never happened up to the largest volume. */
export interface InjectionStop {
  /** the first leak seen, where the injection paused for PAUSE_MIN and then went on */
  pause: { atMl: number; pathway: Pathway } | null
  /** where the injection stopped for good, and why */
  end: { atMl: number; reason: StopReason; pathway: Pathway | null } | null
}

/** Where the rules look: the line a quarter of the body's depth in front of its back wall (z, body frame). */
export interface StopRules {
  posteriorZ: number
}

/** The operator's stop line on the lateral view, as z in the body's frame: a quarter of its depth in front of the back wall. */
export function stopLineZ(L: Pick<VertebraLayout, 'zPost' | 'm'>): number {
  return L.zPost + L.m.EPD / 4
}

/**
 * A leak counts as seen once this much cement (mL) is out in one place: a blob about 3 mm across, the size a
 * lateral fluoroscopy image shows against the body. An assumption, not a measured threshold.
 */
export const LEAK_SEEN_ML = 0.015
/**
 * The pause at the first leak, minutes: long enough for the cement to thicken noticeably (derived: about a
 * third of a doubling time of medium cement, rheology.ts; technique reviews say to wait before going on).
 */
export const PAUSE_MIN = 1

/** Leaks the rules react to: cement back along the needle track is seen when the cannula comes out, not during the fill. */
export function watched(p: Pathway): boolean {
  return p !== 'needle'
}

/** After a leak into the spinal canal the operator does not go on. */
export function resumable(p: Pathway): boolean {
  return p !== 'canal'
}

/** The volume the injection really reaches: the planned volume, or less where the rules stop it. */
export function injectedMl(planned: number, stop: InjectionStop | null | undefined): number {
  return stop?.end ? Math.min(planned, stop.end.atMl) : planned
}

/** The stop the plan meets before its planned volume is in, or null: the pause only when the injection goes on past it. */
export function stopsWithin(planned: number, stop: InjectionStop | null | undefined): InjectionStop {
  const end = stop?.end && stop.end.atMl < planned - 1e-6 ? stop.end : null
  const pause = stop?.pause && stop.pause.atMl < injectedMl(planned, stop) - 1e-6 ? stop.pause : null
  return { pause, end }
}
