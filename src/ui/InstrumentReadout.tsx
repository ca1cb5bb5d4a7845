import { useRef } from 'react'
import { useApp } from '../app/store'
import { sideCement } from '../app/frameState'
import { useFrameEffect, useFrameValue } from '../app/frameHooks'
import { readoutAt, readoutKind } from '../core/readout'
import { pausingAt, stopAt } from '../core/timeline'
import type { Plan } from '../core/plans'
import { useText } from '../app/text'
import type { Text } from '../content'

/** The stop rules' line for a clinician (a patient's caption tells it): pausing at a leak now, or where the injection stopped. */
function stopLine(plan: Plan, t: number, { UI, PATHWAY_TEXT }: Text): string | null {
  const st = stopAt(plan, t)
  if (!st) return null
  const where = st.pathway ? PATHWAY_TEXT[st.pathway].name.toLowerCase() : ''
  if (!st.final) return pausingAt(plan, t) ? UI.pausing(st.atMl, where) : null
  return st.reason === 'posterior-wall'
    ? UI.stoppedWall(st.atMl, plan.case.vol)
    : UI.stoppedLeak(st.atMl, plan.case.vol, where)
}

/**
 * The balloon's fill and pressure, or the cement injected and the pressure it takes, while they happen. It
 * re-renders when the readout starts, ends or meets a stop; the figures that move while playing are written
 * straight to the DOM.
 */
export function InstrumentReadout() {
  const text = useText()
  const { PATHWAY_TEXT, UI } = text
  const plan = useApp((s) => s.plan)
  const kind = useFrameValue((scene) => readoutKind(scene))
  // a patient reads how full, not the pressures
  const plain = useApp((s) => s.view.mode === 'patient')
  const stop = useFrameValue((scene, s) =>
    !plain && readoutKind(scene) === 'cement' ? stopLine(s.plan, scene.t, text) : null,
  )
  const line = useRef<HTMLSpanElement>(null)
  const leak = useRef<HTMLSpanElement>(null)
  useFrameEffect(
    (scene, s) => {
      const r = kind ? readoutAt(s.plan, scene, sideCement(s, 'main')) : null
      if (!r || !line.current || !leak.current) return
      line.current.textContent =
        r.kind === 'balloon'
          ? plain
            ? UI.balloonReadoutPlain(r.ml, r.maxMl)
            : UI.balloonReadout(r.ml, r.maxMl, r.psi, r.sizeMm, r.count)
          : plain
            ? UI.cementReadoutPlain(r.ml, r.targetMl)
            : UI.cementReadout(r.ml, r.targetMl, r.fill * 100, r.kPa, r.minutes)
      const leaks =
        r.kind === 'cement' && r.leaks.length
          ? UI.leakReadout(
              r.leaks.map((l) => `${PATHWAY_TEXT[l.pathway].short.toLowerCase()} ${l.volumeMl.toFixed(2)} mL`),
            )
          : ''
      leak.current.textContent = leaks && `. ${leaks}`
      leak.current.hidden = !leaks
    },
    [kind, plain, UI, PATHWAY_TEXT],
  )
  if (!kind) return null
  return (
    <p className="readout" data-testid="readout">
      <span ref={line} />
      <span ref={leak} className="readout-leak" data-testid="readout-leak" hidden />
      {stop && (
        <span className="readout-stop" data-testid="readout-stop">
          . {stop}
        </span>
      )}
      {!plain && (
        <span className="readout-source">
          {' '}
          {kind === 'balloon' ? UI.balloonReadoutSource : UI.cementReadoutSource(plan.instruments.needles[0].gauge)}
        </span>
      )}
    </p>
  )
}
