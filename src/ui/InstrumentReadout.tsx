import { useApp, type AppState } from '../app/store'
import { frameState } from '../app/frameState'
import { readoutAt, type Readout } from '../core/readout'
import { useText } from '../app/text'
import type { Text } from '../content'

const readout = (s: AppState) => readoutAt(s.plan, frameState())

/** The stop rules' line for a clinician (a patient's caption tells it): pausing at a leak now, or where the injection stopped. */
function stopLine(r: Extract<Readout, { kind: 'cement' }>, { UI, PATHWAY_TEXT }: Text): string | null {
  const st = r.stop
  if (!st) return null
  const where = st.pathway ? PATHWAY_TEXT[st.pathway].name.toLowerCase() : ''
  if (!st.final) return r.pausing ? UI.pausing(st.atMl, where) : null
  return st.reason === 'posterior-wall' ? UI.stoppedWall(st.atMl, r.targetMl) : UI.stoppedLeak(st.atMl, r.targetMl, where)
}

/** The balloon's fill and pressure, or the cement injected and the pressure it takes, while they happen. */
export function InstrumentReadout() {
  const text = useText()
  const { PATHWAY_TEXT, UI } = text
  // string selectors: during playback this re-renders only when the rounded figures change, not every frame
  const kind = useApp((s) => readout(s)?.kind ?? null)
  const gauge = useApp(() => frameState().json.needle.gauge)
  // a patient reads how full, not the pressures
  const plain = useApp((s) => s.view.mode === 'patient')
  const line = useApp((s) => {
    const r = readout(s)
    if (!r) return null
    if (r.kind === 'balloon') return plain ? UI.balloonReadoutPlain(r.ml, r.maxMl) : UI.balloonReadout(r.ml, r.maxMl, r.psi, r.sizeMm, r.count)
    return plain ? UI.cementReadoutPlain(r.ml, r.targetMl) : UI.cementReadout(r.ml, r.targetMl, r.fill * 100, r.kPa, r.minutes)
  })
  const stop = useApp((s) => {
    const r = readout(s)
    return r?.kind === 'cement' && !plain ? stopLine(r, text) : null
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
      {stop && <span className="readout-stop" data-testid="readout-stop">. {stop}</span>}
      {!plain && <span className="readout-source"> {kind === 'balloon' ? UI.balloonReadoutSource : UI.cementReadoutSource(gauge)}</span>}
    </p>
  )
}
