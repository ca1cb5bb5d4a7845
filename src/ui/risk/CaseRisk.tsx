import { useApp } from '../../app/store'
import { riskOf } from '../../core/timeline'
import { citations } from '../../core/risk/present'
import { RISK_STOPS } from '../../core/risk/colors'
import { useText } from '../../app/text'
import { percent, withRange } from '../format'
import { Cite } from './Cite'
import { PathwayList } from './PathwayList'

/** The case on screen: any leak with its range, symptoms, embolism, and each pathway with its source. */
export function CaseRisk() {
  const { RISK } = useText()
  const plan = useApp((s) => s.plan)
  const detection = useApp((s) => s.detection)
  const risk = riskOf(plan, detection)
  const cite = citations(plan.procedure, detection)
  return (
    <div className="case-risk">
      <p className="big">{RISK.anyLeak}: <b>{withRange(risk.anyLeak, risk.anyLeakRange)}</b> <Cite id={cite.any} /></p>
      <p>{RISK.symptomatic}: <b>{percent(risk.symptomatic)}</b> <Cite id={cite.symptomatic} /></p>
      <p>{RISK.embolism}: <b>{percent(risk.embolism)}</b>, {percent(risk.embolismSymptomatic)} {RISK.embolismSymptomatic} <Cite id={cite.embolism} /></p>
      {detection === 'ct' && <p className="note">{RISK.ctNote}</p>}
      <PathwayList risk={risk} plain={false} sources={cite.pathway} />
      <div className="scale" aria-label={RISK.scale}>
        {RISK_STOPS.map(([p, c]) => <span key={p} style={{ background: c }}>{percent(p)}</span>)}
      </div>
    </div>
  )
}
