// Vertebroplasty and kyphoplasty side by side under one timeline. The timeline is kyphoplasty's (it has
// every step vertebroplasty has, and the balloon's besides); vertebroplasty's time is mapped from it so that
// the steps both procedures share happen together and the cement goes in on both sides at once.
import type { CaseParams } from './case'
import type { ChapterId, Plan } from './plans'
import { chapterIndexAt } from './timeline'
import { clampTime } from './playback'

/**
 * The one correspondence between the two stories, as [vertebroplasty, kyphoplasty] pairs: the chapters both
 * have, and vertebroplasty's cement steps beside kyphoplasty's fill and cast. Kyphoplasty's balloon steps have no
 * counterpart: vertebroplasty holds at the end of needle placement meanwhile (the needle in, the cement next).
 */
const PAIRS: readonly (readonly [ChapterId, ChapterId])[] = [
  ['healthy', 'healthy'],
  ['fracture', 'fracture'],
  ['preparation', 'preparation'],
  ['needle-placement', 'needle-placement'],
  ['cement-injection', 'cavity-fill'],
  ['hardening', 'internal-cast'],
  ['final-images', 'final-images'],
  ['result', 'result'],
]
const VP_FOR_KP = new Map<ChapterId, ChapterId>(PAIRS.map(([vp, kp]) => [kp, vp]))
const KP_FOR_VP = new Map<ChapterId, ChapterId>(PAIRS)

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
  return mapTime(kp, vp, t, VP_FOR_KP)
}

/** True while vertebroplasty waits for kyphoplasty's balloon: the pane says why nothing moves. */
export function isHolding(kp: Plan, t: number): boolean {
  return !VP_FOR_KP.has(kp.chapters[chapterIndexAt(kp.chapters, clampTime(t, kp.duration))].id)
}

/**
 * Where time t of one plan lands in another when the procedure changes (the case's procedure switched): the
 * same chapter or its counterpart, at the same progress through it. Same procedure: the same time.
 */
export function carryTime(from: Plan, to: Plan, t: number): number {
  if (from.procedure === to.procedure) return clampTime(t, to.duration)
  return mapTime(from, to, t, from.procedure === 'kp' ? VP_FOR_KP : KP_FOR_VP)
}

function mapTime(from: Plan, to: Plan, t: number, table: ReadonlyMap<ChapterId, ChapterId>): number {
  const tt = clampTime(t, from.duration)
  const ch = from.chapters[chapterIndexAt(from.chapters, tt)]
  const find = (id: ChapterId) => to.chapters.find((c) => c.id === id)!
  const target = table.get(ch.id)
  if (!target) return find('needle-placement').end - HOLD_BEFORE_END_S
  const dest = find(target)
  const progress = ch.end > ch.start ? (tt - ch.start) / (ch.end - ch.start) : 0
  return Math.min(to.duration, dest.start + Math.min(1, Math.max(0, progress)) * (dest.end - dest.start))
}
