// Actions on the case: its parameters and the procedure (one, or both side by side). The rules (ranges, defaults,
// where time lands when the procedure changes) are core's; this puts their result in the store.
import { store, now, anatomyKeyOf, cementKeyOf, sideFor, planFor } from './store'
import { sanitizeCase, type CaseParams } from '../core/case'
import { carryTime } from '../core/compare'
import * as clock from '../core/playback'
import { shownTime } from './playhead'
import { invalidate } from './invalidate'

/** Change the case. Time is kept as the same chapter and progress when the procedure's chapters change. */
export function setCase(patch: Partial<CaseParams>): void {
  let s = store.getState()
  // side by side runs on kyphoplasty's timeline: vertebroplasty picked on its own ends the comparison
  if (s.view.compare && patch.proc === 'vp') {
    store.setState({ view: { ...s.view, compare: false }, compare: null })
    s = store.getState()
  }
  const next = sanitizeCase(s.case, patch)
  const plan = planFor(next, s.cement)
  // a new procedure: the same chapter (or its counterpart) at the same progress
  const t = carryTime(s.plan, plan, shownTime())
  const c = clock.setDuration(clock.seek(s.clock, t, now()), plan.duration, now())
  // not ready again until a frame holds the new case's anatomy and cement
  const compare = s.compare ? sideFor(next, s.compare) : null
  const rebuild =
    anatomyKeyOf(next) !== anatomyKeyOf(s.case) ||
    cementKeyOf(next) !== cementKeyOf(s.case) ||
    (compare !== null && compare.cement === null)
  // a drawing belongs to the anatomy it was drawn on
  const strokes = next.level === s.case.level ? s.strokes : []
  store.setState({
    case: next,
    plan,
    clock: c,
    t: clock.position(c, now()),
    ready: s.ready && !rebuild,
    strokes,
    compare,
  })
  invalidate()
}

/**
 * Vertebroplasty, kyphoplasty, or both side by side. Both run on kyphoplasty's timeline with vertebroplasty
 * beside it (core/compare.ts); the cement field already made for vertebroplasty moves to its side.
 */
export function setProcedure(p: 'vp' | 'kp' | 'compare'): void {
  const s = store.getState()
  const on = p === 'compare'
  if (on !== s.view.compare) {
    const from = on && s.case.proc === 'vp' ? s : s.compare
    // two procedures side by side fill the stage: the X-ray images (one procedure's) close
    store.setState({
      view: { ...s.view, compare: on, view: on ? '3d' : s.view.view },
      compare: on ? sideFor({ ...s.case, proc: 'kp' }, from) : null,
    })
  }
  // entering Compare keeps the approach in use, so the vertebroplasty beside it is the case the user was looking at
  setCase(on ? { proc: 'kp', approach: s.case.approach } : { proc: p })
}
