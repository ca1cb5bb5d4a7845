// When the simulated cement front reaches each leak pathway, in presentation time, and the pulse the overlay
// draws then. Tied to the timeline, not the wall clock: scrubbing back to that moment shows the same pulse.
import type { Plan } from '../plans'
import { sample } from '../tracks'
import { CURVE_STEPS, LEAK_SHOWN_ML, type CementField } from '../cement/field'
import { PATHWAYS, type Pathway } from './model'

/** How long a region pulses after the cement reaches it, s of presentation time, and how many beats. */
export const PULSE_S = 2.4
const BEATS = 3

/** Injected volume (mL) at which a pathway's leaked volume first reaches LEAK_SHOWN_ML, or undefined. */
export function reachVolume(field: Pick<CementField, 'curve' | 'vmax'>, p: Pathway): number | undefined {
  const c = field.curve[p]
  for (let i = 0; i < CURVE_STEPS; i++) {
    if (c[i + 1] >= LEAK_SHOWN_ML) {
      const f = c[i] >= LEAK_SHOWN_ML ? 0 : (LEAK_SHOWN_ML - c[i]) / (c[i + 1] - c[i])
      return ((i + f) / CURVE_STEPS) * field.vmax
    }
  }
  return undefined
}

/** The first presentation time at which the plan's cement track reaches `ml`, or undefined if it never does. */
function timeAtVolume(plan: Pick<Plan, 'tracks' | 'duration'>, ml: number): number | undefined {
  const track = plan.tracks.cement
  if (!(sample(track, plan.duration) >= ml - 1e-9)) return undefined
  let lo = 0,
    hi = plan.duration
  for (let i = 0; i < 50; i++) {
    const m = (lo + hi) / 2
    if (sample(track, m) >= ml - 1e-9) hi = m
    else lo = m
  }
  return hi
}

/** For each pathway the cement reaches within this plan's volume: when it does, in presentation time. */
export function reachTimes(
  plan: Pick<Plan, 'tracks' | 'duration'>,
  field: Pick<CementField, 'curve' | 'vmax'> | null | undefined,
): Partial<Record<Pathway, number>> {
  const out: Partial<Record<Pathway, number>> = {}
  if (!field) return out
  for (const p of PATHWAYS) {
    const ml = reachVolume(field, p)
    const t = ml === undefined ? undefined : timeAtVolume(plan, ml)
    if (t !== undefined) out[p] = t
  }
  return out
}

/** Pulse strength 0..1 at time t for a region reached at tReach: three beats that fade over PULSE_S. */
export function pulseAt(t: number, tReach: number | undefined): number {
  if (tReach === undefined || !Number.isFinite(t)) return 0
  const u = (t - tReach) / PULSE_S
  if (u < 0 || u > 1) return 0
  return (1 - u) * (0.5 - 0.5 * Math.cos(2 * Math.PI * BEATS * u))
}
