import { useApp } from '../../app/store'
import { riskOf } from '../../core/timeline'
import { iconCounts, naturalFrequency } from '../../core/risk/present'
import { useText } from '../../app/text'
import { IconArray } from './IconArray'
import { PathwayList } from './PathwayList'

/** For a patient: natural frequencies, an icon array, where cement can go, and who knows their case. */
export function PatientRisk() {
  const { RISK, UI } = useText()
  const plan = useApp((s) => s.plan)
  const risk = riskOf(plan, 'xray')
  const counts = iconCounts(risk)
  return (
    <div className="patient-risk">
      <div className="patient-top">
        <div className="patient-lead">
          <p className="lead">{RISK.patient.lead(UI[plan.procedure], naturalFrequency(risk.anyLeak))}</p>
          <p>{RISK.patient.symptoms(naturalFrequency(risk.symptomatic), risk.symptomatic < 0.03)}</p>
          <p className="doctor">{RISK.patient.doctor}</p>
        </div>
        <IconArray counts={counts} />
      </div>
      <h3>{RISK.patient.where}</h3>
      <p className="hint">{RISK.pathwayHint}</p>
      <PathwayList risk={risk} plain />
      <p className="disclaimer">{RISK.patient.animation}</p>
    </div>
  )
}
