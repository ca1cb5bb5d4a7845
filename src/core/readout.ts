// What the instruments read at time t, for the caption's readout: the balloon's fill and pressure while it
// is in, the cement injected, the estimated pressure and any cement outside the bone while it goes in.
import type { Plan } from './plans'
import type { ProcedureState } from './timeline'
import { injectionPressureKPa, minutesAt } from './cement/rheology'

export type Readout =
  | { kind: 'balloon'; ml: number; maxMl: number; psi: number; sizeMm: number; count: number }
  | { kind: 'cement'; ml: number; targetMl: number; kPa: number; minutes: number; leaks: ProcedureState['json']['cement']['leaks'] }

const BALLOON_CHAPTERS = new Set(['balloon-inflation', 'cavity-creation'])
const CEMENT_CHAPTERS = new Set(['cement-injection', 'cavity-fill'])

export function readoutAt(plan: Plan, s: ProcedureState): Readout | null {
  const { json } = s
  if (BALLOON_CHAPTERS.has(json.chapter) && json.balloon && json.balloon.volumeMl > 0) {
    const count = plan.instruments.needles.length
    return { kind: 'balloon', ml: json.balloon.volumeMl / count, maxMl: plan.instruments.balloonMl, psi: json.balloon.pressurePsi, sizeMm: plan.instruments.balloonMm, count }
  }
  if (CEMENT_CHAPTERS.has(json.chapter) && json.cement.volumeMl > 0) {
    const ml = json.cement.volumeMl
    return { kind: 'cement', ml, targetMl: plan.case.vol, kPa: injectionPressureKPa(plan.case, ml).total, minutes: minutesAt(ml, plan.case.rate), leaks: json.cement.leaks }
  }
  return null
}
