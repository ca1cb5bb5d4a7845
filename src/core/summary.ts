// The one-page summary's key numbers for a case: both procedures side by side, each with where it comes from.
import type { CaseParams, ProcedureKey } from './case'
import { citations, compareProcedures } from './risk/present'
import { RESTORE_SHARE, buildPlan } from './plans'
import type { SourceId } from './risk/sources'

export interface SummaryRow {
  key: 'anyLeak' | 'symptomatic' | 'height' | 'minutes'
  /** a share (0..1) or, for minutes, minutes */
  value: Record<ProcedureKey, number>
  range?: Record<ProcedureKey, [number, number]>
  /** a risk source by id, or a named text source of the summary */
  source: { id: SourceId } | { text: 'heightSource' | 'minutesSource' }
}

export function summaryRows(c: CaseParams): SummaryRow[] {
  const r = compareProcedures(c, 'xray')
  const cite = citations(c.proc, 'xray')
  const minutes = (p: ProcedureKey) => buildPlan({ ...c, proc: p }).procedureMinutes
  return [
    { key: 'anyLeak', value: { vp: r.vp.anyLeak, kp: r.kp.anyLeak }, range: { vp: r.vp.anyLeakRange, kp: r.kp.anyLeakRange }, source: { id: cite.any } },
    { key: 'symptomatic', value: { vp: r.vp.symptomatic, kp: r.kp.symptomatic }, source: { id: cite.symptomatic } },
    { key: 'height', value: { ...RESTORE_SHARE }, source: { text: 'heightSource' } },
    { key: 'minutes', value: { vp: minutes('vp'), kp: minutes('kp') }, source: { text: 'minutesSource' } },
  ]
}
