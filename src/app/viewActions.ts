// Actions on the view: who is watching, the language, the X-ray and overlay, the section, labels, picking,
// dialogs and notices. None of them changes the case or the time.
import { store } from './store'
import type { Mode, View } from '../core/url'
import type { Detection, Pathway } from '../core/risk/model'
import type { Section } from '../core/section'
import { openingCard } from '../core/guide'
import { hasText, loadText } from '../content'
import { shownTime } from './playhead'
import { invalidate } from './invalidate'
import { pause } from './playbackActions'

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
    card: openingCard(mode, shownTime()),
  }))
  invalidate()
}

/** The language of every word in the app (lang= in the URL). */
export function setLang(lang: 'en' | 'es'): void {
  const l = lang === 'es' ? 'es' : 'en'
  const apply = () => {
    store.setState((s) => ({ view: { ...s.view, lang: l } }))
    invalidate()
  }
  // the words first: the view changes language once they are here, at once when they already are
  if (hasText(l)) apply()
  else loadText(l).then(apply, () => undefined) // offline and never installed: the words stay as they are
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

export function setSection(patch: Partial<Section>): void {
  store.setState((s) => ({ section: { ...s.section, ...patch }, followCamera: true }))
  invalidate()
}

export function setLabels(on: boolean): void {
  store.setState({ labels: on })
  invalidate()
}

/** A structure under the pointer (hover) or tapped (pinned until the next tap elsewhere). */
export function pick(
  p: { key: string; level?: string; point: [number, number, number]; pinned: boolean } | null,
): void {
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
