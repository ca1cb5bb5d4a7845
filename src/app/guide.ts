// Actions of the patient's tour and the student's checkpoints. The halts themselves happen in tick().
import { store } from './store'
import { shownTime } from './playhead'
import { pause, play, seek } from './playbackActions'
import { setOverlay, setSection } from './viewActions'
import { checkpointStops, openingCard, type CheckpointId, type Option } from '../core/guide'

/** Play the step that just ended once more; the tour halts at its end again. */
export function watchAgain(): void {
  const s = store.getState()
  const ch = [...s.plan.chapters].reverse().find((c) => c.start < shownTime() - 1e-6) ?? s.plan.chapters[0]
  seek(ch.start)
  play()
}

/** Back to the first card of the tour. */
export function restartTour(): void {
  pause()
  seek(0)
  store.setState({ card: openingCard('patient', 0) })
}

/** A student's prediction: kept, then the step plays and halts at its end with the answer. */
export function answer(id: CheckpointId, option: Option): void {
  store.setState((s) => ({ answers: { ...s.answers, [id]: option } }))
  play()
}

/** Forget a prediction and ask it again, at the start of its step. */
export function tryAgain(id: CheckpointId): void {
  const s = store.getState()
  const ask = checkpointStops(s.plan).find((st) => st.card.kind === 'ask' && st.card.id === id)
  const answers = { ...s.answers }
  delete answers[id]
  store.setState({ answers })
  pause()
  if (ask) seek(ask.t)
  store.setState({ card: ask ? ask.card : null })
}

/** The kiosk's reset after a quiet spell: the story from the start, every panel closed, the tour's first card. */
export function resetToStart(): void {
  pause()
  seek(0)
  setOverlay(false)
  setSection({ on: false })
  store.setState((s) => ({
    followCamera: true,
    riskFocus: null,
    picked: null,
    notices: [],
    loop: false,
    answers: {},
    card: openingCard(s.view.mode, 0),
  }))
}
