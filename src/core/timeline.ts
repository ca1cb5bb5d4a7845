// stateAt(plan, t): the whole procedure state at presentation time t. Pure, total (any t, NaN included),
// deterministic, O(log n) per track. Scrubbing backwards gives exactly the state playing forwards gave.
import { bodyVolumeMl, type CaseParams, type ProcedureKey } from './case'
import { sample } from './tracks'
import type { Chapter, ChapterId, Plan } from './plans'
import { deformedHeights, upperPose } from './anatomy/fracture'
import { computeRisk, type Detection, type Pathway, type RiskResult } from './risk/model'
import { leaksAt } from './cement/field'
import type { CementSummary } from './cement/forCase'
import type { StopReason } from './cement/stop'
import type { Gauge, Route } from './anatomy/needleRoute'

/** The inspection contract (DESIGN.md section 8). Plain JSON. */
export interface ProcedureStateJSON {
  t: number
  duration: number
  chapter: ChapterId
  procedure: ProcedureKey
  case: CaseParams
  vertebra: { level: string; anteriorHeightMm: number; middleHeightMm: number; posteriorHeightMm: number }
  needle: { depthMm: number; gauge: Gauge; route: Route }
  balloon: { volumeMl: number; pressurePsi: number } | null
  cement: {
    volumeMl: number; cure: number
    /** cement over the healthy body's volume, 0..1 */
    fillFraction: number
    leaks: { pathway: Pathway; volumeMl: number }[]
    /** where the injection was paused (final false) or stopped (final true), once the timeline has reached it */
    stop: InjectionStopJSON | null
  }
  risk: { anyLeak: number; symptomatic: number; embolism: number; pathways: Record<Pathway, number> }
  compare?: ProcedureStateJSON
}

export interface InjectionStopJSON { atMl: number; reason: StopReason; final: boolean; pathway: Pathway | null }

/** The stop the timeline has reached at t: the final one once it is past it, else the pause once that began. */
export function stopAt(plan: Pick<Plan, 'stop' | 'stopTimes'>, t: number): InjectionStopJSON | null {
  const { stop, stopTimes } = plan
  if (stop.end && stopTimes.end !== null && t >= stopTimes.end - 1e-6) return { atMl: round(stop.end.atMl, 3), reason: stop.end.reason, final: true, pathway: stop.end.pathway }
  if (stop.pause && stopTimes.pause && t >= stopTimes.pause[0] - 1e-6) return { atMl: round(stop.pause.atMl, 3), reason: 'leak', final: false, pathway: stop.pause.pathway }
  return null
}

/** True while the injection is pausing at a first leak. */
export function pausingAt(plan: Pick<Plan, 'stopTimes'>, t: number): boolean {
  const p = plan.stopTimes.pause
  return !!p && t >= p[0] && t < p[1]
}

/** What the scene needs besides the contract: poses, visibilities, camera. */
export interface SceneState {
  /** height-loss fraction applied now (0 healthy .. plan.loss), after restoration */
  loss: number
  upper: { dropMm: number; tiltRad: number; pivot: { y: number; z: number } }
  needleDepthMm: number
  /** kyphoplasty's hand drill: 0 in the cannula .. 1 at the planned tip */
  drill: number
  balloonIn: boolean
  /** fill of the first balloon, mL, and of each balloon (the second deflates after the first) */
  balloonMl: number
  balloonsMl: number[]
  cavity: number
  cementMl: number
  cure: number
  ghost: number
  skin: number
  numb: number
  camera: { az: number; el: number; dist: number; y: number }
  chapterIndex: number
  /** 0..1 progress through the current chapter */
  chapterProgress: number
}

export interface ProcedureState { json: ProcedureStateJSON; scene: SceneState }

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d

/** Clamp any input to [0, duration]; NaN and -Infinity go to 0, +Infinity to the end. */
export function clampTime(plan: Pick<Plan, 'duration'>, t: number): number {
  if (Number.isNaN(t)) return 0
  return Math.min(plan.duration, Math.max(0, t))
}

/** Index of the chapter holding t (chapters are [start, end); the last one includes the end). */
export function chapterIndexAt(chapters: readonly Chapter[], t: number): number {
  let lo = 0, hi = chapters.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (chapters[mid].start <= t) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Looping one chapter: playback moved from prevT to nextT; if that crossed the end of prevT's chapter, go
 * back to its start by the overshoot (so the loop keeps time). The last chapter ends at the duration.
 */
export function loopInChapter(chapters: readonly Chapter[], prevT: number, nextT: number): number {
  const ch = chapters[chapterIndexAt(chapters, prevT)]
  if (!(nextT >= ch.end)) return nextT
  const len = ch.end - ch.start
  return len > 0 ? ch.start + ((nextT - ch.end) % len) : ch.start
}

/**
 * The camera for reduced motion: one steady view per chapter, the one the chapter ends on, so the view
 * changes in steps between chapters instead of moving while a chapter plays.
 */
export function steadyCameraTime(plan: Pick<Plan, 'chapters' | 'duration'>, t: number): number {
  const ch = plan.chapters[chapterIndexAt(plan.chapters, clampTime(plan, t))]
  return Math.max(ch.start, ch.end - 1e-3)
}

/** The story's camera at time t (degrees and mm), as the guided view follows it. */
export function storyCamera(plan: Pick<Plan, 'tracks'>, t: number): SceneState['camera'] {
  const tr = plan.tracks
  return { az: sample(tr.camAz, t), el: sample(tr.camEl, t), dist: sample(tr.camDist, t), y: sample(tr.camY, t) }
}

const riskCache = new WeakMap<Plan, Partial<Record<Detection, RiskResult>>>()
/** The plan's population risk as X-ray (the default) or CT counts leaks, computed once per plan and view. */
export function riskOf(plan: Plan, detection: Detection = 'xray'): RiskResult {
  let byView = riskCache.get(plan)
  if (!byView) { byView = {}; riskCache.set(plan, byView) }
  return (byView[detection] ??= computeRisk(plan.case, plan.procedure, detection))
}

export function stateAt(plan: Plan, tIn: number, cement?: CementSummary | null): ProcedureState {
  const t = clampTime(plan, tIn)
  const tr = plan.tracks
  const ci = chapterIndexAt(plan.chapters, t)
  const ch = plan.chapters[ci]
  const collapse = sample(tr.collapse, t)
  const restore = sample(tr.restore, t)
  const loss = plan.loss * collapse * (1 - plan.restoreShare * restore)
  const { morph } = plan.case
  const heights = deformedHeights(morph, plan.layout, loss)
  const upper = upperPose(morph, plan.layout, loss)
  const needleDepthMm = sample(tr.needle, t)
  const balloonIn = sample(tr.balloonIn, t) > 0.5
  const balloonMl = sample(tr.balloon, t)
  const balloonsMl = plan.instruments.needles.map((_, i) => (i === 0 ? balloonMl : sample(tr.balloonB, t)))
  const cementMl = sample(tr.cement, t)
  const cure = sample(tr.cure, t)
  const risk = riskOf(plan)
  const json: ProcedureStateJSON = {
    t: round(t, 4),
    duration: plan.duration,
    chapter: ch.id,
    procedure: plan.procedure,
    case: { ...plan.case, proc: plan.procedure },
    vertebra: {
      level: plan.case.level,
      anteriorHeightMm: round(heights.anteriorHeightMm, 2),
      middleHeightMm: round(heights.middleHeightMm, 2),
      posteriorHeightMm: round(heights.posteriorHeightMm, 2),
    },
    needle: { depthMm: round(needleDepthMm, 2), gauge: plan.instruments.needles[0].gauge, route: plan.instruments.needles[0].route },
    balloon: plan.procedure === 'kp' && balloonIn
      ? { volumeMl: round(balloonsMl.reduce((a, b) => a + b, 0), 3), pressurePsi: round(sample(tr.pressure, t), 1) }
      : null,
    cement: {
      volumeMl: round(cementMl, 3),
      cure: round(cure, 3),
      fillFraction: round(cementMl / bodyVolumeMl(plan.case.level), 4),
      leaks: cement ? leaksAt(cement, cementMl) : [],
      stop: stopAt(plan, t),
    },
    risk: {
      anyLeak: round(risk.anyLeak, 4),
      symptomatic: round(risk.symptomatic, 4),
      embolism: round(risk.embolism, 4),
      pathways: Object.fromEntries(Object.entries(risk.pathways).map(([k, v]) => [k, round(v, 4)])) as Record<Pathway, number>,
    },
  }
  const scene: SceneState = {
    loss, upper, needleDepthMm, drill: sample(tr.drill, t), balloonIn, balloonMl, balloonsMl,
    cavity: sample(tr.cavity, t), cementMl, cure,
    ghost: sample(tr.ghost, t), skin: sample(tr.skin, t), numb: sample(tr.numb, t),
    camera: storyCamera(plan, t),
    chapterIndex: ci,
    chapterProgress: (t - ch.start) / (ch.end - ch.start),
  }
  return { json, scene }
}
