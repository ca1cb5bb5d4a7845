// The one-page summary's key numbers for a case: both procedures side by side, each with where it comes from.
import type { CaseParams, ProcedureKey } from './case'
import { citations, compareProcedures, type Citation } from './risk/present'
import { buildPlan, restoreShareOf } from './plans'

export interface SummaryRow {
  key: 'anyLeak' | 'symptomatic' | 'height' | 'minutes'
  /** a share (0..1) or, for minutes, minutes */
  value: Record<ProcedureKey, number>
  range?: Record<ProcedureKey, [number, number]>
  /** a risk figure's citation, or a named text source of the summary */
  source: { cite: Citation } | { text: 'heightSource' | 'minutesSource' }
}

export function summaryRows(c: CaseParams): SummaryRow[] {
  const r = compareProcedures(c, 'xray')
  // kyphoplasty's figures are vertebroplasty's times the head-to-head ratio: its citations name both
  const cite = citations('kp', 'xray', c.cause)
  const minutes = (p: ProcedureKey) => buildPlan({ ...c, proc: p }).procedureMinutes
  return [
    {
      key: 'anyLeak',
      value: { vp: r.vp.anyLeak, kp: r.kp.anyLeak },
      range: { vp: r.vp.anyLeakRange, kp: r.kp.anyLeakRange },
      source: { cite: cite.any },
    },
    {
      key: 'symptomatic',
      value: { vp: r.vp.symptomatic, kp: r.kp.symptomatic },
      range: { vp: r.vp.symptomaticRange, kp: r.kp.symptomaticRange },
      source: { cite: cite.symptomatic },
    },
    {
      key: 'height',
      value: { vp: restoreShareOf(c, 'vp'), kp: restoreShareOf(c, 'kp') },
      source: { text: 'heightSource' },
    },
    { key: 'minutes', value: { vp: minutes('vp'), kp: minutes('kp') }, source: { text: 'minutesSource' } },
  ]
}
