import { useApp } from '../app/store'
import { PATHWAYS, computeRisk } from '../core/risk/model'
import { PATHWAY_SOURCE } from '../core/risk/evidence'
import { riskOf } from '../core/timeline'
import { SOURCES } from '../core/risk/sources'
import { riskColor, RISK_STOPS } from '../core/risk/colors'
import { PATHWAY_TEXT, RISK } from '../content/en'
import { frameState } from '../app/frameState'
import { inTen, percent } from './format'

/** The numbers behind the overlay: any leak, symptomatic leaks, each pathway, and their sources. */
export function RiskLegend() {
  const on = useApp((s) => s.view.overlay)
  const plan = useApp((s) => s.plan)
  // re-render only when the set of pathways the simulated cement has reached changes
  const reachedKey = useApp((s) => (s.view.overlay ? frameState().json.cement.leaks.map((l) => l.pathway).join(',') : ''))
  const risk = riskOf(plan)
  if (!on) return null
  const reached = new Set(reachedKey.split(','))
  const ct = computeRisk(plan.case, plan.procedure, 'ct')
  const pathwaySource = PATHWAY_SOURCE[plan.procedure].xray
  const cited = new Set<string>(['zhan2017', pathwaySource, 'mayo2012', 'luetmer2011', ...risk.factors.map((f) => f.source)])
  return (
    <aside className="legend" aria-label={RISK.title}>
      <h3>{RISK.title}</h3>
      <p className="big">
        {RISK.anyLeak}: <b>{inTen(risk.anyLeak)}</b> {RISK.perVertebra} ({percent(risk.anyLeak)}{percent(risk.anyLeakRange[0]) !== percent(risk.anyLeakRange[1]) && <>; {RISK.range} {percent(risk.anyLeakRange[0])}-{percent(risk.anyLeakRange[1])}</>})
      </p>
      <p>{RISK.onCt}: <b>{percent(ct.anyLeak)}</b> <cite>{SOURCES.mayo2012.short}</cite></p>
      <p>{RISK.embolism}: <b>{percent(risk.embolism)}</b> <cite>{SOURCES.luetmer2011.short}</cite></p>
      <p>{RISK.symptomatic}: <b>{percent(risk.symptomatic)}</b></p>
      <ul className="pathways">
        {PATHWAYS.map((p) => (
          <li key={p} className={reached.has(p) ? 'reached' : ''}>
            <span className="swatch" style={{ background: riskColor(risk.pathways[p]) }} aria-hidden="true" />
            <span className="name">{PATHWAY_TEXT[p].name}</span>
            <span className="pct">{percent(risk.pathways[p])}</span>
            <span className="explain">
              {PATHWAY_TEXT[p].explain} <cite>{SOURCES[p === 'needle' ? 'model' : pathwaySource].short}</cite>
              {reached.has(p) && <em> · {RISK.reached}</em>}
            </span>
          </li>
        ))}
      </ul>
      <div className="scale" aria-label={RISK.scale}>
        {RISK_STOPS.map(([p, c]) => <span key={p} style={{ background: c }}>{percent(p)}</span>)}
      </div>
      <p className="disclaimer">{RISK.disclaimer}</p>
      <details>
        <summary>{RISK.sources}</summary>
        <ul className="sources">
          {[...cited].map((id) => <li key={id}>{SOURCES[id as keyof typeof SOURCES].full}</li>)}
          {risk.factors.map((f, i) => <li key={`f${i}`}>{f.id}: {f.effect} ({SOURCES[f.source].short})</li>)}
        </ul>
      </details>
    </aside>
  )
}
