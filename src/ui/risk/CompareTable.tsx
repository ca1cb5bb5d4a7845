import { useMemo } from 'react'
import { useApp } from '../../app/store'
import { PATHWAYS, type Factor } from '../../core/risk/model'
import { citations, compareProcedures } from '../../core/risk/present'
import type { ProcedureKey } from '../../core/case'
import type { SourceId } from '../../core/risk/sources'
import { useText } from '../../app/text'
import { percent, withRange } from '../format'
import { Cite } from './Cite'

const PROCS: ProcedureKey[] = ['vp', 'kp']

/** Vertebroplasty and kyphoplasty side by side for this case: every figure with its range and source. */
export function CompareTable() {
  const { PATHWAY_TEXT, RISK, UI } = useText()
  const c = useApp((s) => s.case)
  const proc = useApp((s) => s.plan.procedure)
  const detection = useApp((s) => s.detection)
  const both = useMemo(() => compareProcedures(c, detection), [c, detection])
  const cite = { vp: citations('vp', detection), kp: citations('kp', detection) }
  const col = (p: ProcedureKey) => (p === proc ? 'current' : undefined)
  const sourceCell = (a: SourceId, b: SourceId) => (a === b ? <Cite id={a} /> : <><Cite id={a} />; <Cite id={b} /></>)
  const factors = [...both.vp.factors, ...both.kp.factors.filter((f) => !both.vp.factors.some((g) => g.id === f.id))]
  return (
    <div className="compare" role="region" tabIndex={0} aria-label={RISK.views.compare}>
      <table>
        <caption>{RISK.compare.caption(RISK.detections[detection])}</caption>
        <thead>
          <tr>
            <th scope="col">{RISK.compare.figure}</th>
            {PROCS.map((p) => <th key={p} scope="col" className={col(p)}>{UI[p]}</th>)}
            <th scope="col">{RISK.compare.source}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="total">
            <th scope="row">{RISK.compare.anyLeak}</th>
            {PROCS.map((p) => <td key={p} className={col(p)}>{withRange(both[p].anyLeak, both[p].anyLeakRange)}</td>)}
            <td>{sourceCell(cite.vp.any, cite.kp.any)}</td>
          </tr>
          {PATHWAYS.map((k) => (
            <tr key={k}>
              <th scope="row">{PATHWAY_TEXT[k].name}</th>
              {PROCS.map((p) => <td key={p} className={col(p)}>{percent(both[p].pathways[k])}</td>)}
              <td>{sourceCell(cite.vp.pathway[k], cite.kp.pathway[k])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{RISK.symptomatic}</th>
            {PROCS.map((p) => <td key={p} className={col(p)}>{percent(both[p].symptomatic)}</td>)}
            <td><Cite id={cite.vp.symptomatic} /></td>
          </tr>
          <tr>
            <th scope="row">{RISK.embolism}</th>
            {PROCS.map((p) => <td key={p} className={col(p)}>{percent(both[p].embolism)}</td>)}
            <td><Cite id={cite.vp.embolism} /></td>
          </tr>
        </tbody>
      </table>
      <p className="note">{RISK.compare.rangeNote}{detection === 'ct' && <> {RISK.ctNote}</>}</p>
      <FactorsApplied factors={factors} />
    </div>
  )
}

function FactorsApplied({ factors }: { factors: Factor[] }) {
  const { RISK } = useText()
  if (factors.length === 0) return <p className="note">{RISK.compare.none}</p>
  return (
    <p className="note">
      {RISK.compare.applied}: {factors.map((f, i) => <span key={f.id}>{i > 0 && '; '}{f.effect} <Cite id={f.source} /></span>)}
    </p>
  )
}
