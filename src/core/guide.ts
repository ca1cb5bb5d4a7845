// Where playback halts for the audience. A patient's tour stops at the end of every step and waits for
// "Continue"; a student is asked to predict before a step ("predict, then watch") and told at its end what
// the simulation did. The answers come from this case's plan and cement field, never from a table.
import type { ChapterId, Plan } from './plans'
import { stateAt } from './timeline'
import { reachTimes } from './risk/reach'
import { PATHWAYS, type Pathway } from './risk/model'
import type { CementField } from './cement/field'

export type CheckpointId = 'shape' | 'leak' | 'height'

/** What a halt shows: the tour's start, the end of a step, the last card, or a question and its reveal. */
export type Card =
  | { kind: 'start' }
  | { kind: 'step'; chapter: ChapterId }
  | { kind: 'end' }
  | { kind: 'ask'; id: CheckpointId }
  | { kind: 'reveal'; id: CheckpointId }

export interface Stop {
  t: number
  card: Card
}

/** A patient who is at the very start of the story is offered the tour; nobody else gets a card unasked. */
export function openingCard(mode: 'patient' | 'surgeon' | 'student', t: number): Card | null {
  return mode === 'patient' && t === 0 ? { kind: 'start' } : null
}

/** The first stop in (from, to]: playing across it halts there. Starting exactly on a stop does not halt again. */
export function stopIn<S extends { t: number }>(stops: readonly S[], from: number, to: number): S | null {
  if (!(to > from)) return null
  let best: S | null = null
  for (const s of stops) if (s.t > from + 1e-6 && s.t <= to && (!best || s.t < best.t)) best = s
  return best
}

/** Halts at a step's end come this much before it, so the step shown (and its caption) is the one that ended. */
export const BEFORE_END_S = 0.02

/** The patient's tour: a halt at the end of every step; the last one is the closing card. */
export function tourStops(plan: Pick<Plan, 'chapters'>): Stop[] {
  const last = plan.chapters.length - 1
  return plan.chapters.map((ch, i) =>
    i === last
      ? { t: ch.end, card: { kind: 'end' } }
      : { t: ch.end - BEFORE_END_S, card: { kind: 'step', chapter: ch.id } },
  )
}

/** The chapter a checkpoint asks before, and reveals at the end of. */
function checkpointChapter(id: CheckpointId, plan: Pick<Plan, 'procedure'>): ChapterId | null {
  if (id === 'shape') return 'fracture'
  if (id === 'leak') return plan.procedure === 'kp' ? 'cavity-fill' : 'cement-injection'
  return plan.procedure === 'kp' ? 'balloon-inflation' : null
}

const CHECKPOINTS: readonly CheckpointId[] = ['shape', 'height', 'leak']

/** The student's halts: each question at the start of its step, its answer at the step's end. */
export function checkpointStops(plan: Pick<Plan, 'procedure' | 'chapters'>): Stop[] {
  const out: Stop[] = []
  for (const id of CHECKPOINTS) {
    const ch = plan.chapters.find((c) => c.id === checkpointChapter(id, plan))
    if (!ch) continue
    out.push({ t: ch.start, card: { kind: 'ask', id } }, { t: ch.end - BEFORE_END_S, card: { kind: 'reveal', id } })
  }
  return out
}

const SHAPE_OPTIONS = ['front', 'middle', 'back', 'even'] as const
const HEIGHT_OPTIONS = ['none', 'third', 'all'] as const
const LEAK_OPTIONS = [...PATHWAYS, 'nowhere'] as const
export type Option = (typeof SHAPE_OPTIONS)[number] | (typeof HEIGHT_OPTIONS)[number] | (typeof LEAK_OPTIONS)[number]

export function optionsOf(id: CheckpointId): readonly Option[] {
  return id === 'shape' ? SHAPE_OPTIONS : id === 'height' ? HEIGHT_OPTIONS : LEAK_OPTIONS
}

/** What the simulation does in this case, with the figure that shows it. */
export interface Outcome {
  answer: Option
  /** shape: height lost at front, middle and back (fractions); height: share of the loss regained; leak: when (s) */
  detail: { front?: number; middle?: number; back?: number; share?: number; t?: number; pathway?: Pathway }
}

/** Which part of the body loses most height by the end of the fracture step: the front, middle, back, or all alike. */
export function shapeOutcome(plan: Plan): Outcome {
  const ch = plan.chapters.find((c) => c.id === 'fracture')!
  const before = stateAt(plan, ch.start).json.vertebra,
    after = stateAt(plan, ch.end).json.vertebra
  const loss = (a: number, b: number) => (a > 0 ? 1 - b / a : 0)
  const front = loss(before.anteriorHeightMm, after.anteriorHeightMm)
  const middle = loss(before.middleHeightMm, after.middleHeightMm)
  const back = loss(before.posteriorHeightMm, after.posteriorHeightMm)
  const max = Math.max(front, middle, back),
    min = Math.min(front, middle, back)
  // within a quarter of each other: the body went down as a whole (a crush)
  const answer = max - min < 0.25 * max ? 'even' : max === front ? 'front' : max === middle ? 'middle' : 'back'
  return { answer, detail: { front, middle, back } }
}

/** How much of the lost front height the balloon wins back by the end of its step, in words. */
export function heightOutcome(plan: Plan): Outcome {
  const fracture = plan.chapters.find((c) => c.id === 'fracture')!
  const inflation = plan.chapters.find((c) => c.id === 'balloon-inflation') ?? fracture
  const front = (t: number) => stateAt(plan, t).json.vertebra.anteriorHeightMm
  const healthy = front(fracture.start),
    collapsed = front(inflation.start),
    lifted = front(inflation.end)
  const share = healthy - collapsed > 1e-6 ? (lifted - collapsed) / (healthy - collapsed) : 0
  return { answer: share < 0.1 ? 'none' : share < 0.67 ? 'third' : 'all', detail: { share } }
}

/** Where the simulated cement first leaves the bone within this step, or 'nowhere'; null while the field is not ready. */
export function leakOutcome(plan: Plan, field: Pick<CementField, 'curve' | 'vmax'> | null | undefined): Outcome | null {
  if (!field) return null
  const times = reachTimes(plan, field)
  let first: Pathway | null = null
  for (const p of PATHWAYS) if (times[p] !== undefined && (first === null || times[p]! < times[first]!)) first = p
  return first ? { answer: first, detail: { pathway: first, t: times[first] } } : { answer: 'nowhere', detail: {} }
}

export function outcomeOf(
  id: CheckpointId,
  plan: Plan,
  field: Pick<CementField, 'curve' | 'vmax'> | null | undefined,
): Outcome | null {
  return id === 'shape' ? shapeOutcome(plan) : id === 'height' ? heightOutcome(plan) : leakOutcome(plan, field)
}

/**
 * Where playback halts for who is watching: the patient's tour at every step's end; the student's question
 * before a step (until answered) and its answer after (once answered); nowhere for a surgeon.
 */
export function stopsFor(
  plan: Pick<Plan, 'procedure' | 'chapters'>,
  mode: 'patient' | 'surgeon' | 'student',
  answers: Partial<Record<CheckpointId, Option>>,
): Stop[] {
  if (mode === 'patient') return tourStops(plan)
  if (mode !== 'student') return []
  return checkpointStops(plan).filter((s) =>
    s.card.kind === 'ask'
      ? answers[s.card.id] === undefined
      : s.card.kind === 'reveal' && answers[s.card.id] !== undefined,
  )
}
