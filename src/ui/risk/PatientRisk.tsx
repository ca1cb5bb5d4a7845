import { useApp } from '../../app/store'
import { riskOf } from '../../core/timeline'
import { citations, iconCounts, naturalFrequency } from '../../core/risk/present'
import { useText } from '../../app/text'
import { IconArray } from './IconArray'
import { PathwayList } from './PathwayList'

/**
 * For a patient: natural frequencies, all out of 100, an icon array, where cement can go, and who knows their
 * case. Always as a plain X-ray finds leaks, per treated bone.
 */
export function PatientRisk() {
  const { RISK, UI } = useText()
  const plan = useApp((s) => s.plan)
  const risk = riskOf(plan, 'xray')
  const counts = iconCounts(risk)
  const cite = citations(plan.procedure, 'xray', plan.case.cause)
  return (
    <div className="patient-risk">
      <div className="patient-top">
        <div className="patient-lead">
          <p className="lead">{RISK.patient.lead(UI[plan.procedure], naturalFrequency(risk.anyLeak))}</p>
          <p>{RISK.patient.symptoms(naturalFrequency(risk.symptomatic))}</p>
          {risk.complicationsUpTo !== null && <p>{RISK.patient.tumor(naturalFrequency(risk.complicationsUpTo))}</p>}
          <p className="doctor">{RISK.patient.doctor}</p>
        </div>
        <IconArray counts={counts} />
      </div>
      <h3>{RISK.patient.where}</h3>
      <p className="hint">{RISK.pathwayHint}</p>
      <PathwayList risk={risk} plain sources={cite.pathway} />
      <p className="disclaimer">{RISK.patient.animation}</p>
    </div>
  )
}
