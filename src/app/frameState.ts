// The procedure state for the current frame, computed once however many components ask for it.
import { store, cementKeyOf } from './store'
import { stateAt, type ProcedureState } from '../core/timeline'
import type { Plan } from '../core/plans'
import type { CementSummary } from '../core/cement/forCase'

let lastPlan: Plan | null = null, lastT = NaN, lastCement: CementSummary | null = null
let last: ProcedureState | null = null

export function frameState(): ProcedureState {
  const s = store.getState()
  const cement = s.cement && s.cement.key === cementKeyOf(s.case) ? s.cement : null
  if (last && s.plan === lastPlan && s.t === lastT && cement === lastCement) return last
  lastPlan = s.plan; lastT = s.t; lastCement = cement
  last = stateAt(s.plan, s.t, cement)
  return last
}
