// The procedure at presentation time t, in two forms. sceneAt writes what a frame needs into a scratch object
// (no allocation: it runs for every canvas every played frame); stateJSON makes the inspection contract on
// demand. Both are pure, total (any t, NaN included), deterministic and O(log n) per track, and scrubbing
// backwards gives exactly the state playing forwards gave.
import { bodyVolumeMl, type CaseParams, type ProcedureKey } from './case'
import { sample } from './tracks'
import { clampTime } from './playback'
import type { Chapter, ChapterId, Plan } from './plans'
import { deformedHeights, upperPose, type UpperPose } from './anatomy/fracture'
import { PATHWAYS, computeRisk, type Detection, type Pathway, type RiskResult } from './risk/model'
import { leakMaskAt, leaksAt } from './cement/field'
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
    volumeMl: number
    cure: number
    /** cement over the healthy body's volume, 0..1 */
    fillFraction: number
    leaks: { pathway: Pathway; volumeMl: number }[]
    /** where the injection was paused (final false) or stopped (final true), once the timeline has reached it */
    stop: InjectionStopJSON | null
  }
  risk: { anyLeak: number; symptomatic: number; embolism: number; pathways: Record<Pathway, number> }
  compare?: ProcedureStateJSON
}

export interface InjectionStopJSON {
  atMl: number
  reason: StopReason
  final: boolean
  pathway: Pathway | null
}

/** The stop the timeline has reached at t: the final one once it is past it, else the pause once that began. */
export function stopAt(plan: Pick<Plan, 'stop' | 'stopTimes'>, t: number): InjectionStopJSON | null {
  const { stop, stopTimes } = plan
  if (stop.end && stopTimes.end !== null && t >= stopTimes.end - 1e-6)
    return { atMl: round(stop.end.atMl, 3), reason: stop.end.reason, final: true, pathway: stop.end.pathway }
  if (stop.pause && stopTimes.pause && t >= stopTimes.pause[0] - 1e-6)
    return { atMl: round(stop.pause.atMl, 3), reason: 'leak', final: false, pathway: stop.pause.pathway }
  return null
}

/** Why the injection ended, once the timeline is past its end (null before, or when it ran its planned volume). */
export function finalStopAt(plan: Pick<Plan, 'stop' | 'stopTimes'>, t: number): StopReason | null {
  const { stop, stopTimes } = plan
  return stop.end && stopTimes.end !== null && t >= stopTimes.end - 1e-6 ? stop.end.reason : null
}

/** True while the injection is pausing at a first leak. */
export function pausingAt(plan: Pick<Plan, 'stopTimes'>, t: number): boolean {
  const p = plan.stopTimes.pause
  return !!p && t >= p[0] && t < p[1]
}

/** What a frame needs: poses, visibilities, camera, and the few figures the DOM shows while playing. */
export interface SceneState {
  /** presentation time, clamped to the plan */
  t: number
  chapterIndex: number
  /** the chapter's id (a component holding an older plan than this frame's must not look it up by index) */
  chapter: ChapterId
  /** 0..1 progress through the current chapter */
  chapterProgress: number
  /** height-loss fraction applied now (0 healthy .. plan.loss), after restoration */
  loss: number
  anteriorHeightMm: number
  middleHeightMm: number
  posteriorHeightMm: number
  upper: UpperPose
  needleDepthMm: number
  /** kyphoplasty's hand drill: 0 in the cannula .. 1 at the planned tip */
  drill: number
  balloonIn: boolean
  /** fill of the first balloon, mL, and of each balloon (the second deflates after the first) */
  balloonMl: number
  balloonsMl: number[]
  pressurePsi: number
  cavity: number
  cementMl: number
  cure: number
  ghost: number
  skin: number
  numb: number
  camera: { az: number; el: number; dist: number; y: number }
  /** the pathways the simulated cement has reached at this volume, as bits (bit i: PATHWAYS[i]); 0 without a field */
  leaked: number
}

/** A scratch scene state for sceneAt to write into. */
export function createSceneState(): SceneState {
  return {
    t: 0,
    chapterIndex: 0,
    chapter: 'healthy',
    chapterProgress: 0,
    loss: 0,
    anteriorHeightMm: 0,
    middleHeightMm: 0,
    posteriorHeightMm: 0,
    upper: { dropMm: 0, tiltRad: 0, pivot: { y: 0, z: 0 } },
    needleDepthMm: 0,
    drill: 0,
    balloonIn: false,
    balloonMl: 0,
    balloonsMl: [],
    pressurePsi: 0,
    cavity: 0,
    cementMl: 0,
    cure: 0,
    ghost: 0,
    skin: 0,
    numb: 0,
    camera: { az: 0, el: 0, dist: 0, y: 0 },
    leaked: 0,
  }
}

/** A pathway's bit in SceneState.leaked. */
export const leakBit = (p: Pathway): number => 1 << PATHWAYS.indexOf(p)

export interface ProcedureState {
  json: ProcedureStateJSON
  scene: SceneState
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d

/** Index of the chapter holding t (chapters are [start, end); the last one includes the end). */
export function chapterIndexAt(chapters: readonly Chapter[], t: number): number {
  let lo = 0,
    hi = chapters.length - 1
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
  const ch = plan.chapters[chapterIndexAt(plan.chapters, clampTime(t, plan.duration))]
  return Math.max(ch.start, ch.end - 1e-3)
}

/** The story's camera at time t (degrees and mm), as the guided view follows it; written into `out` when given. */
export function storyCamera(
  plan: Pick<Plan, 'tracks'>,
  t: number,
  out: SceneState['camera'] = { az: 0, el: 0, dist: 0, y: 0 },
): SceneState['camera'] {
  const tr = plan.tracks
  out.az = sample(tr.camAz, t)
  out.el = sample(tr.camEl, t)
  out.dist = sample(tr.camDist, t)
  out.y = sample(tr.camY, t)
  return out
}

const riskCache = new WeakMap<Plan, Partial<Record<Detection, RiskResult>>>()
/** The plan's population risk as X-ray (the default) or CT counts leaks, computed once per plan and view. */
export function riskOf(plan: Plan, detection: Detection = 'xray'): RiskResult {
  let byView = riskCache.get(plan)
  if (!byView) {
    byView = {}
    riskCache.set(plan, byView)
  }
  return (byView[detection] ??= computeRisk(plan.case, plan.procedure, detection))
}

/** Writes the frame's state at t into `out` (reused frame to frame: nothing is allocated) and returns it. */
export function sceneAt(
  plan: Plan,
  tIn: number,
  cement: CementSummary | null | undefined,
  out: SceneState,
): SceneState {
  const t = clampTime(tIn, plan.duration)
  const tr = plan.tracks
  const ci = chapterIndexAt(plan.chapters, t)
  const ch = plan.chapters[ci]
  const loss = plan.loss * sample(tr.collapse, t) * (1 - plan.restoreShare * sample(tr.restore, t))
  out.t = t
  out.chapterIndex = ci
  out.chapter = ch.id
  out.chapterProgress = (t - ch.start) / (ch.end - ch.start)
  out.loss = loss
  deformedHeights(plan.case.morph, plan.layout, loss, out)
  upperPose(plan.case.morph, plan.layout, loss, out.upper)
  out.needleDepthMm = sample(tr.needle, t)
  out.drill = sample(tr.drill, t)
  out.balloonIn = sample(tr.balloonIn, t) > 0.5
  out.balloonMl = sample(tr.balloon, t)
  const n = plan.instruments.needles.length
  out.balloonsMl.length = n
  for (let i = 0; i < n; i++) out.balloonsMl[i] = i === 0 ? out.balloonMl : sample(tr.balloonB, t)
  out.pressurePsi = sample(tr.pressure, t)
  out.cavity = sample(tr.cavity, t)
  out.cementMl = sample(tr.cement, t)
  out.cure = sample(tr.cure, t)
  out.ghost = sample(tr.ghost, t)
  out.skin = sample(tr.skin, t)
  out.numb = sample(tr.numb, t)
  storyCamera(plan, t, out.camera)
  out.leaked = cement ? leakMaskAt(cement, out.cementMl) : 0
  return out
}

const scratch = createSceneState()

/** The inspection contract at t (DESIGN.md section 8), made on demand: plain JSON, rounded. */
export function stateJSON(plan: Plan, tIn: number, cement?: CementSummary | null): ProcedureStateJSON {
  const sc = sceneAt(plan, tIn, cement, scratch)
  const risk = riskOf(plan)
  return {
    t: round(sc.t, 4),
    duration: plan.duration,
    chapter: sc.chapter,
    procedure: plan.procedure,
    case: { ...plan.case, proc: plan.procedure },
    vertebra: {
      level: plan.case.level,
      anteriorHeightMm: round(sc.anteriorHeightMm, 2),
      middleHeightMm: round(sc.middleHeightMm, 2),
      posteriorHeightMm: round(sc.posteriorHeightMm, 2),
    },
    needle: {
      depthMm: round(sc.needleDepthMm, 2),
      gauge: plan.instruments.needles[0].gauge,
      route: plan.instruments.needles[0].route,
    },
    balloon:
      plan.procedure === 'kp' && sc.balloonIn
        ? {
            volumeMl: round(
              sc.balloonsMl.reduce((a, b) => a + b, 0),
              3,
            ),
            pressurePsi: round(sc.pressurePsi, 1),
          }
        : null,
    cement: {
      volumeMl: round(sc.cementMl, 3),
      cure: round(sc.cure, 3),
      fillFraction: round(sc.cementMl / bodyVolumeMl(plan.case.level), 4),
      leaks: cement ? leaksAt(cement, sc.cementMl) : [],
      stop: stopAt(plan, sc.t),
    },
    risk: {
      anyLeak: round(risk.anyLeak, 4),
      symptomatic: round(risk.symptomatic, 4),
      embolism: round(risk.embolism, 4),
      pathways: Object.fromEntries(Object.entries(risk.pathways).map(([k, v]) => [k, round(v, 4)])) as Record<
        Pathway,
        number
      >,
    },
  }
}

/** Both forms at once, each freshly made (tests and tools; the app's frames use sceneAt into a scratch). */
export function stateAt(plan: Plan, t: number, cement?: CementSummary | null): ProcedureState {
  return { json: stateJSON(plan, t, cement), scene: sceneAt(plan, t, cement, createSceneState()) }
}
