// The procedure state for the current frame, computed once per side however many components ask for it.
// 'main' is the case's procedure; 'compare' is vertebroplasty beside it (proc=compare), at the time
// core/compare.ts maps from the shared timeline. The scene state is written into one scratch object per side
// (no allocation per frame); the JSON contract is made only when asked for.
import { store, cementKeyOf, type AppState } from './store'
import { shownTime } from './playhead'
import { createSceneState, sceneAt, stateJSON, type ProcedureStateJSON, type SceneState } from '../core/timeline'
import { alignTime } from '../core/compare'
import type { Plan } from '../core/plans'
import type { CementSummary } from '../core/cement/forCase'

export type SideId = 'main' | 'compare'

interface Cache {
  plan: Plan | null
  t: number
  cement: CementSummary | null
  scene: SceneState
  json: ProcedureStateJSON | null
}
const cache = (): Cache => ({ plan: null, t: NaN, cement: null, scene: createSceneState(), json: null })
const caches: Record<SideId, Cache> = { main: cache(), compare: cache() }

/** One side's plan (the compare side falls back to main when off). */
export function sidePlan(s: AppState, side: SideId): Plan {
  return side === 'compare' && s.compare ? s.compare.plan : s.plan
}

/** One side's cement field, once it is the field of that side's current case. */
export function sideCement(s: AppState, side: SideId): CementSummary | null {
  const other = side === 'compare' ? s.compare : null
  const cement = other ? other.cement : s.cement
  return cement && cement.key === cementKeyOf(other ? other.case : s.case) ? cement : null
}

/** One side's presentation time for the shared time t: vertebroplasty beside kyphoplasty runs on mapped time. */
export function sideTime(s: AppState, side: SideId, t: number): number {
  return side === 'compare' && s.compare ? alignTime(s.plan, s.compare.plan, t) : t
}

function fresh(side: SideId): Cache {
  const s = store.getState()
  const c = caches[side]
  const plan = sidePlan(s, side)
  const t = shownTime()
  const cement = side === 'compare' && s.compare ? s.compare.cement : s.cement
  // cheap checks first: nothing to do when nothing changed since the last call this frame
  if (plan !== c.plan || t !== c.t || cement !== c.cement) {
    c.plan = plan
    c.t = t
    c.cement = cement
    c.json = null
    sceneAt(plan, sideTime(s, side, t), sideCement(s, side), c.scene)
  }
  return c
}

/** This frame's scene state of a side: the same object every call (read it, do not keep it). */
export function frameState(side: SideId = 'main'): SceneState {
  return fresh(side).scene
}

/** This frame's contract state of a side, made on first ask and kept until the frame changes. */
export function frameJSON(side: SideId = 'main'): ProcedureStateJSON {
  const c = fresh(side)
  if (!c.json) {
    const s = store.getState()
    c.json = stateJSON(c.plan!, sideTime(s, side, c.t), sideCement(s, side))
  }
  return c.json
}
