// Actions on the store. Each one that changes the picture calls the registered invalidate, so the
// on-demand canvas draws the next frame.
import { store, now, anatomyKeyOf, cementKeyOf, sideFor, planFor, type AppState } from './store'
import { clamp, followDefaults, RANGES, type CaseParams } from '../core/case'
import { loopInChapter } from '../core/timeline'
import * as clock from '../core/playback'
import type { Mode, Notice, View } from '../core/url'
import type { Detection, Pathway } from '../core/risk/model'
import { openingCard, stopIn, stopsFor, type Stop } from '../core/guide'

// every canvas on screen (two when procedures are compared) draws the next frame
const canvases = new Set<() => void>()
const invalidate = (): void => { for (const fn of canvases) fn() }
/** A canvas registers its invalidate here; the returned function unregisters it. */
export function addInvalidate(fn: () => void): () => void {
  canvases.add(fn)
  return () => { canvases.delete(fn) }
}
export function requestFrame(): void { invalidate() }

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
  store.setState({ clock: clock.setRate(s.clock, rate, now()) })
}

// the halts for the current plan, mode and answers, kept until one of them changes (no allocation per tick)
let stops: Stop[] = [], stopsOf: unknown[] = []
function currentStops(s: AppState): Stop[] {
  if (s.plan !== stopsOf[0] || s.view.mode !== stopsOf[1] || s.answers !== stopsOf[2]) {
    stopsOf = [s.plan, s.view.mode, s.answers]
    stops = stopsFor(s.plan, s.view.mode, s.answers)
  }
  return stops
}

/**
 * One playback tick: advance t from the clock; halt at a tour stop or checkpoint; loop the chapter if asked;
 * pause at the end. Returns whether still playing.
 */
export function tick(): boolean {
  const s = store.getState()
  if (!s.clock.playing) return false
  const n = now()
  const halt = s.loop ? null : stopIn(currentStops(s), s.t, clock.position(s.clock, n))
  if (halt) {
    const c = clock.pause(clock.seek(s.clock, halt.t, n), n)
    store.setState({ clock: c, t: c.anchorT, card: halt.card })
    invalidate()
    return false
  }
  if (s.loop) {
    const next = clock.position(s.clock, n)
    const t = loopInChapter(s.plan.chapters, s.t, next)
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
  store.setState({ t: clock.position(s.clock, n) })
  invalidate()
  return true
}

/** Seconds J and L and the back and forward buttons jump. */
export const SKIP_S = 5

/** Jump by dt seconds, playing or not (J and L, the 5 s buttons). */
export function skip(dt: number): void {
  seek(store.getState().t + dt)
}

/** Pause and move one small step (comma and period): for looking closely at a moment. */
export const STEP_S = 0.1
export function step(dir: 1 | -1): void {
  pause()
  seek(store.getState().t + dir * STEP_S)
}

export function setLoop(on: boolean): void {
  store.setState({ loop: on })
}

export function chapterStep(dir: 1 | -1): void {
  const s = store.getState()
  const { chapters } = s.plan
  const t = s.t
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

/** Change the case. Time is kept as the same chapter and progress when the procedure's chapters change. */
export function setCase(patch: Partial<CaseParams>): void {
  let s = store.getState()
  // side by side runs on kyphoplasty's timeline: vertebroplasty picked on its own ends the comparison
  if (s.view.compare && patch.proc === 'vp') { store.setState({ view: { ...s.view, compare: false }, compare: null }); s = store.getState() }
  const next: CaseParams = followDefaults(s.case, { ...s.case, ...patch }, patch)
  next.vol = Math.round(clamp(Number.isFinite(next.vol) ? next.vol : s.case.vol, RANGES.vol.min, RANGES.vol.max) * 10) / 10
  next.mix = clamp(Number.isFinite(next.mix) ? next.mix : s.case.mix, RANGES.mix.min, RANGES.mix.max)
  next.rate = clamp(Number.isFinite(next.rate) ? next.rate : s.case.rate, RANGES.rate.min, RANGES.rate.max)
  const plan = planFor(next, s.cement)
  let t = s.t
  if (plan.procedure !== s.plan.procedure) {
    const old = s.plan.chapters.find((ch) => ch.start <= t && t < ch.end) ?? s.plan.chapters[s.plan.chapters.length - 1]
    const same = plan.chapters.find((ch) => ch.id === old.id)
    const progress = (t - old.start) / (old.end - old.start)
    // chapters the other procedure lacks map to its nearest story point: cement steps <-> balloon/fill steps
    const equivalent: Record<string, string> = {
      'cement-injection': 'cavity-fill', hardening: 'internal-cast', 'balloon-placement': 'needle-placement',
      'balloon-inflation': 'cement-injection', 'cavity-creation': 'cement-injection', 'cavity-fill': 'cement-injection',
      'internal-cast': 'hardening',
    }
    const target = same ?? plan.chapters.find((ch) => ch.id === equivalent[old.id]) ?? plan.chapters[0]
    t = target.start + progress * (target.end - target.start)
  }
  const c = clock.setDuration(clock.seek(s.clock, t, now()), plan.duration, now())
  // not ready again until a frame holds the new case's anatomy and cement
  const compare = s.compare ? sideFor(next, s.compare) : null
  const rebuild = anatomyKeyOf(next) !== anatomyKeyOf(s.case) || cementKeyOf(next) !== cementKeyOf(s.case) ||
    (compare !== null && compare.cement === null)
  // a drawing belongs to the anatomy it was drawn on
  const strokes = next.level === s.case.level ? s.strokes : []
  store.setState({ case: next, plan, clock: c, t: clock.position(c, now()), ready: s.ready && !rebuild, strokes, compare })
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
    store.setState({ view: { ...s.view, compare: on, view: on ? '3d' : s.view.view }, compare: on ? sideFor({ ...s.case, proc: 'kp' }, from) : null })
  }
  // entering Compare keeps the approach in use, so the vertebroplasty beside it is the case the user was looking at
  setCase(on ? { proc: 'kp', approach: s.case.approach } : { proc: p })
}

/** The 3D view alone, the X-ray images in a corner or beside it, or the X-ray images alone (not while comparing). */
export function setView(view: View): void {
  store.setState((s) => ({ view: { ...s.view, view: s.view.compare ? '3d' : view } }))
  invalidate()
}

export function setOverlay(on: boolean): void {
  store.setState((s) => ({ view: { ...s.view, overlay: on } }))
  invalidate()
}

/**
 * Who is watching: each mode has its own layout and words. A student starts with the labels on; a patient
 * sees no labels and the leak figures as a plain X-ray finds them (the published default).
 */
export function setMode(mode: Mode): void {
  store.setState((s) => ({
    view: { ...s.view, mode },
    labels: mode === 'student' ? true : mode === 'patient' ? false : s.labels,
    detection: mode === 'patient' ? 'xray' : s.detection,
    riskFocus: null,
    card: openingCard(mode, s.t),
  }))
  invalidate()
}

/** The language of every word in the app (lang= in the URL). */
export function setLang(lang: 'en' | 'es'): void {
  store.setState((s) => ({ view: { ...s.view, lang: lang === 'es' ? 'es' : 'en' } }))
  invalidate()
}

/** Open the share dialog or the one-page summary (null closes both). Both are of this moment: playback pauses. */
export function openDialog(d: 'share' | 'summary' | null): void {
  if (d) pause()
  store.setState({ dialog: d })
}

/** Count leaks as plain X-ray or CT finds them, in the risk panel and the overlay's colours. */
export function setDetection(d: Detection): void {
  store.setState({ detection: d === 'ct' ? 'ct' : 'xray' })
  invalidate()
}

/** Explain one leak pathway (a tap on its region or its row); the same pathway again, or null, clears it. */
export function focusRisk(p: Pathway | null): void {
  store.setState((s) => ({ riskFocus: p === s.riskFocus ? null : p }))
  invalidate()
}

export function setFollowCamera(on: boolean): void {
  store.setState({ followCamera: on })
  invalidate()
}

export function dismissNotices(): void {
  store.setState({ notices: [] })
}

export function addNotices(n: Notice[]): void {
  if (n.length) store.setState((s) => ({ notices: [...s.notices, ...n].slice(-4) }))
}

export function setSection(patch: Partial<import('../core/section').Section>): void {
  store.setState((s) => ({ section: { ...s.section, ...patch }, followCamera: true }))
  invalidate()
}

export function setLabels(on: boolean): void {
  store.setState({ labels: on })
  invalidate()
}

/** A structure under the pointer (hover) or tapped (pinned until the next tap elsewhere). */
export function pick(p: { key: string; level?: string; point: [number, number, number]; pinned: boolean } | null): void {
  const cur = store.getState().picked
  if (p && !p.pinned && cur?.pinned) return // a tapped tag stays until the next tap
  if (!p && cur?.pinned) return
  store.setState({ picked: p })
  invalidate()
}

export function unpick(): void {
  store.setState({ picked: null })
  invalidate()
}
