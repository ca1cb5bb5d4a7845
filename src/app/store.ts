// The one store (zustand vanilla): case, view, time, playback, and what the workers produced. Actions are
// module-level functions (zustand "practice with no store actions"), so the scene's per-frame code, the
// DOM, the inspection handle and tests all call the same things.
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import { DEFAULT_CASE, caseKey, type CaseParams } from '../core/case'
import { DEFAULT_VIEW, type Notice, type ViewParams } from '../core/url'
import { buildPlan, type Plan } from '../core/plans'
import { createClock, position, type Clock } from '../core/playback'
import type { CementSummary } from '../core/cement/forCase'
import type { SegmentMeshes } from '../core/anatomy/segment'
import { DEFAULT_SECTION, type Section } from '../core/section'
import type { Detection, Pathway } from '../core/risk/model'
import { compareCase } from '../core/compare'
import { openingCard, type Card, type CheckpointId, type Option } from '../core/guide'

export interface CementTexture {
  key: string
  dims: [number, number, number]
  min: [number, number, number]
  step: number
  /** arrival volume per voxel as half floats (mL) */
  half: Uint16Array
  /** two half floats per voxel: the body's signed distance (mm), and 1 where cement there has left the bone */
  bodyHalf: Uint16Array
}

/** The second procedure when two are shown side by side (proc=compare): its own plan and cement field. */
export interface Side {
  case: CaseParams
  plan: Plan
  cement: CementSummary | null
  cementTexture: CementTexture | null
}

export interface AppState {
  case: CaseParams
  view: ViewParams
  plan: Plan
  clock: Clock
  /** presentation time shown now, s (the clock's position at the last tick) */
  t: number
  notices: Notice[]
  /** the camera follows the story until the user moves it */
  followCamera: boolean
  /** the cross-section (not in the URL) */
  section: Section
  /** the labels layer is shown */
  labels: boolean
  /** playback repeats the current chapter */
  loop: boolean
  /** how the risk views count leaks: on plain X-ray (the published default) or on CT */
  detection: Detection
  /** the leak pathway tapped on the vertebra or in the risk panel, explained until another tap */
  riskFocus: Pathway | null
  /** what a halt shows: the patient's tour card or the student's question and answer (null: none) */
  card: Card | null
  /** the student's predictions, by checkpoint */
  answers: Partial<Record<CheckpointId, Option>>
  /** the surgeon's pen is down: one-finger drags draw on the anatomy instead of turning the view */
  pen: boolean
  /** pen strokes, as points on the anatomy's surface (world, mm), lifted a little off it */
  strokes: [number, number, number][][]
  /** the dialog open over the app: the share link or the one-page summary */
  dialog: 'share' | 'summary' | null
  /** the structure tapped or hovered, with where its tag goes (world, mm); pinned by a tap */
  picked: { key: string; level?: string; point: [number, number, number]; pinned: boolean } | null
  anatomy: SegmentMeshes | null
  anatomyKey: string
  cement: CementSummary | null
  cementTexture: CementTexture | null
  /** vertebroplasty beside this kyphoplasty case, on the same timeline (view.compare), or null */
  compare: Side | null
  /** set once the first full frame has been drawn */
  ready: boolean
  error: string | null
}

export function initialState(
  c: CaseParams = DEFAULT_CASE,
  view: ViewParams = DEFAULT_VIEW,
  notices: Notice[] = [],
): AppState {
  if (view.compare) c = { ...c, proc: 'kp' } // side by side runs on kyphoplasty's timeline (core/compare.ts)
  const plan = planFor(c, null)
  const clock = createClock(plan.duration, view.t)
  // a time past the end of this case's timeline starts at its end, and says so
  if (view.t > plan.duration)
    notices = [
      ...notices,
      {
        key: 't',
        kind: 'clamped',
        value: String(view.t).slice(0, 24),
        used: String(Math.floor(plan.duration * 10) / 10),
      },
    ]
  return {
    case: { ...c },
    view: { ...view, t: clock.anchorT },
    plan,
    clock,
    t: clock.anchorT,
    notices,
    followCamera: true,
    section: { ...DEFAULT_SECTION },
    labels: view.mode === 'student',
    loop: false,
    card: openingCard(view.mode, clock.anchorT),
    answers: {},
    dialog: null,
    pen: false,
    strokes: [],
    detection: 'xray',
    riskFocus: null,
    picked: null,
    anatomy: null,
    anatomyKey: '',
    cement: null,
    cementTexture: null,
    compare: view.compare ? sideFor(c) : null,
    ready: false,
    error: null,
  }
}

/** The vertebroplasty side for a kyphoplasty case (its field comes later, from the worker). */
export function sideFor(c: CaseParams, prev: Side | null = null): Side {
  const vp = compareCase(c)
  const keep = prev && cementKeyOf(prev.case) === cementKeyOf(vp)
  const cement = keep ? prev.cement : null
  return { case: vp, plan: planFor(vp, cement), cement, cementTexture: keep ? prev.cementTexture : null }
}

/** A case's plan, with where the stop rules end its injection once the case's own cement field is in. */
export function planFor(c: CaseParams, cement: CementSummary | null): Plan {
  return buildPlan(c, c.proc, cement && cement.key === cementKeyOf(c) ? cement.stop : null)
}

export const store = createStore<AppState>(() => initialState())

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(store, selector)
}

/** Key of the meshes a case needs: the level only (the fracture is a morph target made on the main thread). */
export function anatomyKeyOf(c: CaseParams): string {
  return c.level
}

/** Key of the cement field a case needs: everything but the volume (volume is a threshold). */
export function cementKeyOf(c: CaseParams): string {
  return caseKey({ ...c, vol: 0 }) + (c.proc === 'kp' ? `|${c.vol}` : '') // KP balloon size follows the volume
}

/** The case's meshes and cement field (both procedures' when comparing) are in the store. */
export function caseDataIn(s: AppState): boolean {
  return (
    !!s.anatomy &&
    s.anatomyKey === anatomyKeyOf(s.case) &&
    s.cementTexture?.key === cementKeyOf(s.case) &&
    (!s.compare || s.compare.cementTexture?.key === cementKeyOf(s.compare.case))
  )
}

export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now()
}

export function currentTime(s: AppState = store.getState()): number {
  return position(s.clock, now())
}
