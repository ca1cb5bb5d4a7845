import { useApp, type AppState } from '../app/store'
import { frameState } from '../app/frameState'
import { readoutAt } from '../core/readout'
import { useText } from '../app/text'

const readout = (s: AppState) => readoutAt(s.plan, frameState())

/** The balloon's fill and pressure, or the cement injected and the pressure it takes, while they happen. */
export function InstrumentReadout() {
  const { PATHWAY_TEXT, UI } = useText()
  // string selectors: during playback this re-renders only when the rounded figures change, not every frame
  const kind = useApp((s) => readout(s)?.kind ?? null)
  // a patient reads how full, not the pressures
  const plain = useApp((s) => s.view.mode === 'patient')
  const line = useApp((s) => {
    const r = readout(s)
    if (!r) return null
    if (r.kind === 'balloon') return plain ? UI.balloonReadoutPlain(r.ml, r.maxMl) : UI.balloonReadout(r.ml, r.maxMl, r.psi, r.sizeMm, r.count)
    return plain ? UI.cementReadoutPlain(r.ml, r.targetMl) : UI.cementReadout(r.ml, r.targetMl, r.kPa, r.minutes)
  })
  const leaks = useApp((s) => {
    const r = readout(s)
    if (r?.kind !== 'cement' || !r.leaks.length) return null
    return UI.leakReadout(r.leaks.map((l) => `${PATHWAY_TEXT[l.pathway].short.toLowerCase()} ${l.volumeMl.toFixed(2)} mL`))
  })
  if (!line) return null
  return (
    <p className="readout" data-testid="readout">
      {line}
      {leaks && <span className="readout-leak" data-testid="readout-leak">. {leaks}</span>}
      {!plain && <span className="readout-source"> {kind === 'balloon' ? UI.balloonReadoutSource : UI.cementReadoutSource}</span>}
    </p>
  )
}
