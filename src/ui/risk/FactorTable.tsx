import { useMemo } from 'react'
import { useApp } from '../../app/store'
import { PATHWAYS } from '../../core/risk/model'
import { factorTable } from '../../core/risk/present'
import { useText } from '../../app/text'
import { times } from '../../core/format'

const direction = (r: number) => (Math.abs(r - 1) < 0.005 ? 'same' : r > 1 ? 'up' : 'down')

/** For students: how each factor alone moves any leak, each pathway and symptoms, for this procedure. */
export function FactorTable() {
  const { PATHWAY_TEXT, RISK, UI } = useText()
  const proc = useApp((s) => s.plan.procedure)
  const detection = useApp((s) => s.detection)
  const rows = useMemo(() => factorTable(proc, detection), [proc, detection])
  const cols = ['any', ...PATHWAYS, 'symptomatic'] as const
  const head = (k: (typeof cols)[number]) =>
    k === 'any' ? RISK.factors.any : k === 'symptomatic' ? RISK.factors.symptoms : PATHWAY_TEXT[k].short
  return (
    <div className="factors" role="region" tabIndex={0} aria-label={RISK.views.factors}>
      <table>
        <caption>{RISK.factors.caption(UI[proc], RISK.detections[detection])}</caption>
        <thead>
          <tr>
            <th scope="col">{RISK.factors.factor}</th>
            {cols.map((k) => (
              <th key={k} scope="col">
                {head(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.factor}>
              <th scope="row">{RISK.factors.names[row.factor]}</th>
              {cols.map((k) => {
                const d = direction(row.ratio[k])
                return (
                  <td key={k} className={d}>
                    {times(row.ratio[k])}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{RISK.factors.how}</p>
      <p className="note">{RISK.factors.cleft}</p>
      <p className="note">{RISK.factors.stacked}</p>
      <p className="note">{RISK.factors.level}</p>
    </div>
  )
}
