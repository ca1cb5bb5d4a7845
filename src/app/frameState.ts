// The procedure state for the current frame, computed once per side however many components ask for it.
// 'main' is the case's procedure; 'compare' is vertebroplasty beside it (proc=compare), at the time
// core/compare.ts maps from the shared timeline.
import { store, cementKeyOf, type AppState } from './store'
import { stateAt, type ProcedureState } from '../core/timeline'
import { alignTime } from '../core/compare'
import type { Plan } from '../core/plans'
import type { CementSummary } from '../core/cement/forCase'

export type SideId = 'main' | 'compare'

interface Cache { plan: Plan | null; t: number; cement: CementSummary | null; state: ProcedureState | null }
const caches: Record<SideId, Cache> = {
  main: { plan: null, t: NaN, cement: null, state: null },
  compare: { plan: null, t: NaN, cement: null, state: null },
}

/** The plan, time and (current) cement field of one side; the compare side falls back to main when off. */
export function sideInputs(s: AppState, side: SideId): { plan: Plan; t: number; cement: CementSummary | null } {
  const other = side === 'compare' ? s.compare : null
  if (other) {
    const cement = other.cement && other.cement.key === cementKeyOf(other.case) ? other.cement : null
    return { plan: other.plan, t: alignTime(s.plan, other.plan, s.t), cement }
  }
  const cement = s.cement && s.cement.key === cementKeyOf(s.case) ? s.cement : null
  return { plan: s.plan, t: s.t, cement }
}

export function frameState(side: SideId = 'main'): ProcedureState {
  const s = store.getState()
  const c = caches[side]
  const other = side === 'compare' ? s.compare : null
  // cheap checks first: no allocation when nothing changed since the last call this frame
  const plan = other ? other.plan : s.plan
  const cement = other ? other.cement : s.cement
  if (c.state && plan === c.plan && s.t === c.t && cement === c.cement) return c.state
  const inputs = sideInputs(s, side)
  c.plan = plan; c.t = s.t; c.cement = cement
  c.state = stateAt(inputs.plan, inputs.t, inputs.cement)
  return c.state
}
