// What the instruments read at time t, for the caption's readout: the balloon's fill and pressure while it
// is in, the cement injected, the estimated pressure and any cement outside the bone while it goes in.
import { INJECTION_CHAPTERS, type Plan } from './plans'
import { pausingAt, stopAt, type InjectionStopJSON, type SceneState } from './timeline'
import { bodyVolumeMl } from './case'
import { GAUGE_MM } from './anatomy/needleRoute'
import { injectionPressureKPa, minutesAt } from './cement/rheology'
import { PAUSE_MIN } from './cement/stop'
import { leaksAt } from './cement/field'
import type { CementSummary } from './cement/forCase'
import type { Pathway } from './risk/model'

export type Readout =
  | { kind: 'balloon'; ml: number; maxMl: number; psi: number; sizeMm: number; count: number }
  | {
      kind: 'cement'
      ml: number
      targetMl: number
      kPa: number
      minutes: number
      gauge: number
      /** share of the body the cement fills now */
      fill: number
      leaks: { pathway: Pathway; volumeMl: number }[]
      /** the pause or stop the injection has met, and whether it is pausing right now */
      stop: InjectionStopJSON | null
      pausing: boolean
    }

const BALLOON_CHAPTERS = new Set(['balloon-inflation', 'cavity-creation'])

/** Which readout shows in a frame, if any: a test made without allocating, for the DOM to re-render on. */
export function readoutKind(s: SceneState): Readout['kind'] | null {
  const id = s.chapter
  if (BALLOON_CHAPTERS.has(id) && s.balloonIn && s.balloonMl + (s.balloonsMl[1] ?? 0) > 0) return 'balloon'
  if (INJECTION_CHAPTERS.has(id) && s.cementMl > 0) return 'cement'
  return null
}

export function readoutAt(plan: Plan, s: SceneState, cement: CementSummary | null = null): Readout | null {
  const kind = readoutKind(s)
  if (kind === 'balloon') {
    const count = plan.instruments.needles.length
    const total = s.balloonsMl.reduce((a, b) => a + b, 0)
    return {
      kind,
      ml: total / count,
      maxMl: plan.instruments.balloonMl,
      psi: s.pressurePsi,
      sizeMm: plan.instruments.balloonMm,
      count,
    }
  }
  if (kind === 'cement') {
    const ml = s.cementMl,
      gauge = plan.instruments.needles[0].gauge
    const { pause } = plan.stopTimes
    const pausing = pausingAt(plan, s.t)
    // the clock runs on through a pause: the cement thickens meanwhile
    const paused = pause && s.t >= pause[0] ? Math.min(1, (s.t - pause[0]) / (pause[1] - pause[0])) * PAUSE_MIN : 0
    const minutes = minutesAt(ml, plan.case.rate) + paused
    const kPa = injectionPressureKPa(
      { ...plan.case, mix: plan.case.mix + paused },
      ml,
      undefined,
      GAUGE_MM[gauge].lumenRadius,
    ).total
    const fill = ml / bodyVolumeMl(plan.case.level)
    return {
      kind,
      ml,
      targetMl: plan.case.vol,
      kPa,
      minutes,
      gauge,
      fill,
      leaks: cement ? leaksAt(cement, ml) : [],
      stop: stopAt(plan, s.t),
      pausing,
    }
  }
  return null
}
