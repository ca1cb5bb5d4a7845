import { useApp } from '../../app/store'
import { riskOf } from '../../core/timeline'
import { citations } from '../../core/risk/present'
import { RISK_STOPS } from '../../core/risk/colors'
import { useText } from '../../app/text'
import { percent, withRange } from '../../core/format'
import { Cite } from './Cite'
import { CountsNote } from './CountsNote'
import { PathwayList } from './PathwayList'

/** The case on screen: any leak with its bounds, symptoms, embolism, and each pathway, each with what it counts and its source. */
export function CaseRisk() {
  const { RISK } = useText()
  const plan = useApp((s) => s.plan)
  const detection = useApp((s) => s.detection)
  const risk = riskOf(plan, detection)
  const cite = citations(plan.procedure, detection, plan.case.cause)
  return (
    <div className="case-risk">
      <p className="big">
        {RISK.anyLeak}: <b>{withRange(risk.anyLeak, risk.anyLeakRange)}</b> <CountsNote counts={cite.counts.any} />{' '}
        <Cite {...cite.any} />
      </p>
      <p>
        {RISK.symptomatic}: <b>{withRange(risk.symptomatic, risk.symptomaticRange)}</b>{' '}
        <CountsNote counts={cite.counts.symptomatic} /> <Cite {...cite.symptomatic} />
      </p>
      {risk.complicationsUpTo !== null && (
        <p>
          {RISK.complications}: <b>{RISK.upTo(percent(risk.complicationsUpTo))}</b> <Cite {...cite.complications} />
        </p>
      )}
      <p>
        {RISK.embolism}: <b>{percent(risk.embolism)}</b>, {percent(risk.embolismSymptomatic)} {RISK.embolismSymptomatic}{' '}
        <CountsNote counts={cite.counts.embolism} /> <Cite {...cite.embolism} />
      </p>
      {detection === 'ct' && <p className="note">{RISK.ctNote}</p>}
      {plan.case.wall === 'breached' && plan.case.cause !== 'tumor' && <p className="note">{RISK.breachNote}</p>}
      <PathwayList risk={risk} plain={false} sources={cite.pathway} />
      <div className="scale" aria-label={RISK.scale}>
        {RISK_STOPS.map(([p, c]) => (
          <span key={p} style={{ background: c }}>
            {percent(p)}
          </span>
        ))}
      </div>
    </div>
  )
}
