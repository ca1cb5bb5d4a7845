// Actions on time: play, pause, seek, the tick that moves the playhead while playing, and the scrubber's steps.
// Each one that changes the picture asks the canvases for a frame.
import { store, now, type AppState } from './store'
import { chapterIndexAt, loopInChapter } from '../core/timeline'
import * as clock from '../core/playback'
import { stopIn, stopsFor, type Stop } from '../core/guide'
import { advance, shownTime } from './playhead'
import { invalidate } from './invalidate'

export function seek(t: number): void {
  const s = store.getState()
  const c = clock.seek(s.clock, Number(t), now())
  // a card belongs to the moment it halted at: moving away closes it
  store.setState({ clock: c, t: clock.position(c, now()), card: null })
  invalidate()
}

export function play(): void {
  const s = store.getState()
  const c = clock.play(s.clock, now())
  store.setState({ clock: c, t: clock.position(c, now()), followCamera: true, card: null })
  invalidate()
}

export function pause(): void {
  const s = store.getState()
  const c = clock.pause(s.clock, now())
  store.setState({ clock: c, t: c.anchorT })
  invalidate()
}

export function togglePlay(): void {
  if (store.getState().clock.playing) pause()
  else play()
}

export function setSpeed(rate: number): void {
  const s = store.getState()
  const c = clock.setRate(s.clock, rate, now())
  store.setState({ clock: c, t: c.anchorT })
}

// the halts for the current plan, mode and answers, kept until one of them changes (no allocation per tick)
let stops: Stop[] = [],
  stopsOf: unknown[] = []
function currentStops(s: AppState): Stop[] {
  if (s.plan !== stopsOf[0] || s.view.mode !== stopsOf[1] || s.answers !== stopsOf[2]) {
    stopsOf = [s.plan, s.view.mode, s.answers]
    stops = stopsFor(s.plan, s.view.mode, s.answers)
  }
  return stops
}

/**
 * One playback tick: move the playhead from the clock; halt at a tour stop or checkpoint; loop the chapter if
 * asked; pause at the end. Within a chapter the store is not touched (no React commit per frame): only the
 * playhead moves and the canvases draw. A new chapter, a halt, a loop and the end are commits. Returns whether
 * still playing.
 */
export function tick(): boolean {
  const s = store.getState()
  if (!s.clock.playing) return false
  const n = now()
  const prev = shownTime()
  const halt = s.loop ? null : stopIn(currentStops(s), prev, clock.position(s.clock, n))
  if (halt) {
    const c = clock.pause(clock.seek(s.clock, halt.t, n), n)
    store.setState({ clock: c, t: c.anchorT, card: halt.card })
    invalidate()
    return false
  }
  if (s.loop) {
    const next = clock.position(s.clock, n)
    const t = loopInChapter(s.plan.chapters, prev, next)
    if (t !== next || next >= s.plan.duration) {
      const c = clock.seek(s.clock, t, n)
      store.setState({ clock: c, t })
      invalidate()
      return true
    }
  }
  if (clock.ended(s.clock, n)) {
    const c = clock.pause(s.clock, n)
    store.setState({ clock: c, t: c.anchorT })
    invalidate()
    return false
  }
  const t = clock.position(s.clock, n)
  advance(t, s.clock)
  if (chapterIndexAt(s.plan.chapters, t) !== chapterIndexAt(s.plan.chapters, s.t)) store.setState({ t })
  invalidate()
  return true
}

/** Seconds J and L and the back and forward buttons jump. */
export const SKIP_S = 5

/** Jump by dt seconds, playing or not (J and L, the 5 s buttons). */
export function skip(dt: number): void {
  seek(shownTime() + dt)
}

/** Pause and move one small step (comma and period): for looking closely at a moment. */
const STEP_S = 0.1
export function step(dir: 1 | -1): void {
  pause()
  seek(shownTime() + dir * STEP_S)
}

export function setLoop(on: boolean): void {
  store.setState({ loop: on })
}

export function chapterStep(dir: 1 | -1): void {
  const s = store.getState()
  const { chapters } = s.plan
  const t = shownTime()
  if (dir > 0) {
    const next = chapters.find((ch) => ch.start > t + 1e-6)
    seek(next ? next.start : s.plan.duration)
  } else {
    // to the start of this chapter, or of the previous one when already within its first second
    const idx = [...chapters].reverse().findIndex((ch) => ch.start < t - 1)
    const ch = idx < 0 ? chapters[0] : chapters[chapters.length - 1 - idx]
    seek(ch.start)
  }
}
