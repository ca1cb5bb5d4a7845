import { useMemo } from 'react'
import { useApp } from '../../app/store'
import { PATHWAYS, type Factor } from '../../core/risk/model'
import { citations, compareProcedures, type Citation } from '../../core/risk/present'
import type { ProcedureKey } from '../../core/case'
import { useText } from '../../app/text'
import { percent, withRange } from '../../core/format'
import { Cite } from './Cite'

const PROCS: ProcedureKey[] = ['vp', 'kp']

/** Vertebroplasty and kyphoplasty side by side for this case: every figure with its range and source. */
export function CompareTable() {
  const { PATHWAY_TEXT, RISK, UI } = useText()
  const c = useApp((s) => s.case)
  const proc = useApp((s) => s.plan.procedure)
  const detection = useApp((s) => s.detection)
  const both = useMemo(() => compareProcedures(c, detection), [c, detection])
  const cite = { vp: citations('vp', detection, c.cause), kp: citations('kp', detection, c.cause) }
  const col = (p: ProcedureKey) => (p === proc ? 'current' : undefined)
  const same = (a: Citation, b: Citation) => a.id === b.id && (a.from ?? []).join() === (b.from ?? []).join()
  const sourceCell = (a: Citation, b: Citation) =>
    same(a, b) ? (
      <Cite {...a} />
    ) : (
      <>
        <Cite {...a} />; <Cite {...b} />
      </>
    )
  const factors = [...both.vp.factors, ...both.kp.factors.filter((f) => !both.vp.factors.some((g) => g.id === f.id))]
  return (
    <div className="compare" role="region" tabIndex={0} aria-label={RISK.views.compare}>
      <table>
        <caption>{RISK.compare.caption(RISK.detections[detection])}</caption>
        <thead>
          <tr>
            <th scope="col">{RISK.compare.figure}</th>
            {PROCS.map((p) => (
              <th key={p} scope="col" className={col(p)}>
                {UI[p]}
              </th>
            ))}
            <th scope="col">{RISK.compare.source}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="total">
            <th scope="row">{RISK.compare.anyLeak}</th>
            {PROCS.map((p) => (
              <td key={p} className={col(p)}>
                {withRange(both[p].anyLeak, both[p].anyLeakRange)}
              </td>
            ))}
            <td>{sourceCell(cite.vp.any, cite.kp.any)}</td>
          </tr>
          {PATHWAYS.map((k) => (
            <tr key={k}>
              <th scope="row">{PATHWAY_TEXT[k].name}</th>
              {PROCS.map((p) => (
                <td key={p} className={col(p)}>
                  {percent(both[p].pathways[k])}
                </td>
              ))}
              <td>{sourceCell(cite.vp.pathway[k], cite.kp.pathway[k])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{RISK.symptomatic}</th>
            {PROCS.map((p) => (
              <td key={p} className={col(p)}>
                {withRange(both[p].symptomatic, both[p].symptomaticRange)}
              </td>
            ))}
            <td>
              <Cite {...cite.vp.symptomatic} />
            </td>
          </tr>
          <tr>
            <th scope="row">{RISK.embolism}</th>
            {PROCS.map((p) => (
              <td key={p} className={col(p)}>
                {percent(both[p].embolism)}
              </td>
            ))}
            <td>{sourceCell(cite.vp.embolism, cite.kp.embolism)}</td>
          </tr>
          {both.vp.complicationsUpTo !== null && (
            <tr>
              <th scope="row">{RISK.complications}</th>
              {PROCS.map((p) => (
                <td key={p} className={col(p)}>
                  {RISK.upTo(percent(both[p].complicationsUpTo ?? 0))}
                </td>
              ))}
              <td>
                <Cite {...cite.vp.complications} />
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="note">{RISK.compare.headToHead}</p>
      <p className="note">
        {RISK.compare.rangeNote}
        {detection === 'ct' && <> {RISK.ctNote}</>}
      </p>
      {c.wall === 'breached' && c.cause !== 'tumor' && <p className="note">{RISK.breachNote}</p>}
      <FactorsApplied factors={factors} />
    </div>
  )
}

function FactorsApplied({ factors }: { factors: Factor[] }) {
  const { RISK } = useText()
  const list = (fs: Factor[]) =>
    fs.map((f, i) => (
      <span key={f.id}>
        {i > 0 && '; '}
        {f.effect} <Cite id={f.source} />
      </span>
    ))
  const applied = factors.filter((f) => f.applied),
    left = factors.filter((f) => !f.applied)
  return (
    <>
      <p className="note">
        {applied.length ? (
          <>
            {RISK.compare.applied}: {list(applied)}
          </>
        ) : (
          RISK.compare.none
        )}
      </p>
      {left.length > 0 && (
        <p className="note">
          {RISK.compare.notApplied}: {list(left)}
        </p>
      )}
    </>
  )
}
