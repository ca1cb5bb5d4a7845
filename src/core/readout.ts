// What the instruments read at time t, for the caption's readout: the balloon's fill and pressure while it
// is in, the cement injected, the estimated pressure and any cement outside the bone while it goes in.
import { INJECTION_CHAPTERS, type Plan } from './plans'
import { pausingAt, type InjectionStopJSON, type ProcedureState } from './timeline'
import { GAUGE_MM } from './anatomy/needleRoute'
import { injectionPressureKPa, minutesAt } from './cement/rheology'
import { PAUSE_MIN } from './cement/stop'

export type Readout =
  | { kind: 'balloon'; ml: number; maxMl: number; psi: number; sizeMm: number; count: number }
  | {
    kind: 'cement'; ml: number; targetMl: number; kPa: number; minutes: number; gauge: number
    /** share of the body the cement fills now */
    fill: number
    leaks: ProcedureState['json']['cement']['leaks']
    /** the pause or stop the injection has met, and whether it is pausing right now */
    stop: InjectionStopJSON | null; pausing: boolean
  }

const BALLOON_CHAPTERS = new Set(['balloon-inflation', 'cavity-creation'])

export function readoutAt(plan: Plan, s: ProcedureState): Readout | null {
  const { json } = s
  if (BALLOON_CHAPTERS.has(json.chapter) && json.balloon && json.balloon.volumeMl > 0) {
    const count = plan.instruments.needles.length
    return { kind: 'balloon', ml: json.balloon.volumeMl / count, maxMl: plan.instruments.balloonMl, psi: json.balloon.pressurePsi, sizeMm: plan.instruments.balloonMm, count }
  }
  if (INJECTION_CHAPTERS.has(json.chapter) && json.cement.volumeMl > 0) {
    const ml = json.cement.volumeMl, gauge = json.needle.gauge
    const { pause } = plan.stopTimes
    const pausing = pausingAt(plan, json.t)
    // the clock runs on through a pause: the cement thickens meanwhile
    const paused = pause && json.t >= pause[0] ? Math.min(1, (json.t - pause[0]) / (pause[1] - pause[0])) * PAUSE_MIN : 0
    const minutes = minutesAt(ml, plan.case.rate) + paused
    const kPa = injectionPressureKPa({ ...plan.case, mix: plan.case.mix + paused }, ml, undefined, GAUGE_MM[gauge].lumenRadius).total
    return { kind: 'cement', ml, targetMl: plan.case.vol, kPa, minutes, gauge, fill: json.cement.fillFraction, leaks: json.cement.leaks, stop: json.cement.stop, pausing }
  }
  return null
}
