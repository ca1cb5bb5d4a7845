// What the captions say about this case: the facts a step's words depend on, read off the plan and the cement
// field, so the words (content/*Chapters.ts) hold no logic beyond choosing a sentence.
import { bodyVolumeMl, GRADE_LOSS, type CaseParams, type ProcedureKey } from './case'
import type { Plan } from './plans'
import { GAUGE_MM, type Gauge, type Route } from './anatomy/needleRoute'
import { leaksAt } from './cement/field'
import type { CementSummary } from './cement/forCase'
import type { InjectionStop } from './cement/stop'
import type { Pathway } from './risk/model'
import type { BalloonEnd } from './anatomy/instruments'

export interface CaptionFacts {
  procedure: ProcedureKey
  level: string
  /** the spinal cord runs down to about L1: above it the canal holds the cord, below it the nerve roots */
  cord: boolean
  thoracic: boolean
  cause: CaseParams['cause']
  morph: CaseParams['morph']
  grade: CaseParams['grade']
  /** height lost at full collapse, % (middle of the Genant band) */
  lossPct: number
  wall: CaseParams['wall']
  endplate: CaseParams['endplate']
  cleft: boolean
  visc: CaseParams['visc']
  mix: number
  rate: number
  needles: number
  gauge: Gauge
  /** the trocar's outer diameter, mm */
  outerMm: number
  route: Route
  /** the level's pedicle width, mm */
  pedicleMm: number
  /** the healthy body's volume, mL (derived, case.ts) */
  bodyMl: number
  plannedMl: number
  injectedMl: number
  /** the injected cement's share of the body, % */
  fillPct: number
  stop: InjectionStop
  /** share of the lost height regained, % */
  restorePct: number
  balloonMm: number
  /** inflation per balloon, mL, and the end point that stopped it */
  balloonMl: number
  balloonEnd: BalloonEnd
  /** where cement has left the bone by the end of the injection, most first; null while the field is not in */
  leaks: { pathway: Pathway; volumeMl: number }[] | null
}

export function captionFacts(plan: Plan, cement: CementSummary | null): CaptionFacts {
  const c = plan.case,
    n0 = plan.instruments.needles[0]
  const bodyMl = bodyVolumeMl(c.level)
  return {
    procedure: plan.procedure,
    level: c.level,
    cord: c.level.startsWith('T') || c.level === 'L1',
    thoracic: c.level.startsWith('T'),
    cause: c.cause,
    morph: c.morph,
    grade: c.grade,
    lossPct: Math.round(GRADE_LOSS[c.grade] * 100),
    wall: c.wall,
    endplate: c.endplate,
    cleft: c.cleft,
    visc: c.visc,
    mix: c.mix,
    rate: c.rate,
    needles: plan.instruments.needles.length,
    gauge: n0.gauge,
    outerMm: GAUGE_MM[n0.gauge].outer,
    route: n0.route,
    pedicleMm: plan.layout.m.PDW,
    bodyMl,
    plannedMl: c.vol,
    injectedMl: plan.injectedMl,
    fillPct: Math.round((100 * plan.injectedMl) / bodyMl),
    stop: plan.stop,
    restorePct: Math.round(plan.restoreShare * 100),
    balloonMm: plan.instruments.balloonMm,
    balloonMl: plan.instruments.balloonMl,
    balloonEnd: plan.instruments.balloonEnd,
    leaks: cement ? leaksAt(cement, plan.injectedMl).sort((a, b) => b.volumeMl - a.volumeMl) : null,
  }
}
