import { useApp, type AppState } from '../app/store'
import { stateAt } from '../core/timeline'
import { readoutAt } from '../core/readout'
import { UI } from '../content/en'

const readout = (s: AppState) => readoutAt(s.plan, stateAt(s.plan, s.t))

/** The balloon's fill and pressure, or the cement injected and the pressure it takes, while they happen. */
export function InstrumentReadout() {
  // string selectors: during playback this re-renders only when the rounded figures change, not every frame
  const kind = useApp((s) => readout(s)?.kind ?? null)
  const line = useApp((s) => {
    const r = readout(s)
    if (!r) return null
    return r.kind === 'balloon' ? UI.balloonReadout(r.ml, r.maxMl, r.psi, r.sizeMm, r.count) : UI.cementReadout(r.ml, r.targetMl, r.kPa, r.minutes)
  })
  if (!line) return null
  return (
    <p className="readout" data-testid="readout">
      {line}
      <span className="readout-source"> {kind === 'balloon' ? UI.balloonReadoutSource : UI.cementReadoutSource}</span>
    </p>
  )
}
