import { useMemo } from 'react'
import { useApp } from '../app/store'
import { stateAt } from '../core/timeline'
import { readoutAt } from '../core/readout'
import { UI } from '../content/en'

/** The balloon's fill and pressure, or the cement injected and the pressure it takes, while they happen. */
export function InstrumentReadout() {
  const plan = useApp((s) => s.plan)
  const t = useApp((s) => s.t)
  const r = useMemo(() => readoutAt(plan, stateAt(plan, t)), [plan, t])
  if (!r) return null
  return (
    <p className="readout" data-testid="readout">
      {r.kind === 'balloon' ? UI.balloonReadout(r.ml, r.maxMl, r.psi, r.sizeMm, r.count) : UI.cementReadout(r.ml, r.targetMl, r.kPa, r.minutes)}
      <span className="readout-source"> {r.kind === 'balloon' ? UI.balloonReadoutSource : UI.cementReadoutSource}</span>
    </p>
  )
}
