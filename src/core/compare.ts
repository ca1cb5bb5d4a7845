// Vertebroplasty and kyphoplasty side by side under one timeline. The timeline is kyphoplasty's (it has
// every step vertebroplasty has, and the balloon's besides); vertebroplasty's time is mapped from it so that
// the steps both procedures share happen together and the cement goes in on both sides at once.
import type { CaseParams } from './case'
import type { ChapterId, Plan } from './plans'
import { chapterIndexAt } from './timeline'

/**
 * Where each kyphoplasty chapter is in vertebroplasty: the same chapter, its counterpart, or a hold at the
 * end of needle placement while kyphoplasty's balloon makes its cavity (vertebroplasty has no such step).
 */
const VP_FOR_KP: Record<ChapterId, ChapterId | 'hold'> = {
  healthy: 'healthy', fracture: 'fracture', preparation: 'preparation', 'needle-placement': 'needle-placement',
  'balloon-placement': 'hold', 'balloon-inflation': 'hold', 'cavity-creation': 'hold',
  'cavity-fill': 'cement-injection', 'internal-cast': 'hardening', 'final-images': 'final-images', result: 'result',
  // not kyphoplasty chapters: never looked up
  'cement-injection': 'cement-injection', hardening: 'hardening',
}

/** How far before the end of needle placement vertebroplasty holds: the needle is in, the cement not yet. */
const HOLD_BEFORE_END_S = 0.01

/** The vertebroplasty case that goes beside a kyphoplasty case: everything the same but the procedure. */
export function compareCase(c: CaseParams): CaseParams {
  return { ...c, proc: 'vp' }
}

/**
 * Vertebroplasty's presentation time for kyphoplasty's time t: in proportion within matched chapters, held
 * during the balloon steps. Monotone (never runs backwards as t grows) and total (any t, NaN included).
 */
export function alignTime(kp: Plan, vp: Plan, t: number): number {
  const tt = Number.isNaN(t) ? 0 : Math.min(kp.duration, Math.max(0, t))
  const ch = kp.chapters[chapterIndexAt(kp.chapters, tt)]
  const target = VP_FOR_KP[ch.id]
  const find = (id: ChapterId) => vp.chapters.find((c) => c.id === id)!
  if (target === 'hold') return find('needle-placement').end - HOLD_BEFORE_END_S
  const to = find(target)
  const progress = ch.end > ch.start ? (tt - ch.start) / (ch.end - ch.start) : 0
  return Math.min(vp.duration, to.start + Math.min(1, Math.max(0, progress)) * (to.end - to.start))
}

/** True while vertebroplasty waits for kyphoplasty's balloon: the pane says why nothing moves. */
export function isHolding(kp: Plan, t: number): boolean {
  const ch = kp.chapters[chapterIndexAt(kp.chapters, Number.isNaN(t) ? 0 : t)]
  return VP_FOR_KP[ch.id] === 'hold'
}
