// The patient's tour and the student's checkpoints without a screen: where playback halts, what each card
// asks, that the answers come from this case's simulation, and the kiosk's reset after a quiet spell.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_CASE, type CaseParams } from '../../src/core/case'
import { buildPlan } from '../../src/core/plans'
import {
  BEFORE_END_S,
  checkpointStops,
  heightOutcome,
  leakOutcome,
  shapeOutcome,
  stopIn,
  stopsFor,
  tourStops,
} from '../../src/core/guide'
import { DEFAULT_VIEW, type ViewParams } from '../../src/core/url'
import { store, initialState } from '../../src/app/store'
import { play, seek, tick } from '../../src/app/playbackActions'
import { answer, tryAgain, watchAgain } from '../../src/app/guide'
import { KIOSK_IDLE_MS, startKiosk } from '../../src/app/kiosk'

const vp = buildPlan(DEFAULT_CASE),
  kp = buildPlan({ ...DEFAULT_CASE, proc: 'kp' })
const view = (v: Partial<ViewParams>): ViewParams => ({ ...DEFAULT_VIEW, ...v })

// a wall clock the tests move by hand
let fakeNow = 10_000
const realNow = performance.now
/** Play (if paused) and let `seconds` of wall time pass in one tick. */
function playFor(seconds: number): boolean {
  if (!store.getState().clock.playing) play()
  fakeNow += seconds * 1000
  return tick()
}

describe('halts', () => {
  it('halt at the first stop crossed, never at the one playback starts on', () => {
    const stops = [{ t: 5 }, { t: 12 }]
    expect(stopIn(stops, 0, 4.9)).toBeNull()
    expect(stopIn(stops, 0, 20)).toEqual({ t: 5 })
    expect(stopIn(stops, 5, 11)).toBeNull()
    expect(stopIn(stops, 5, 12)).toEqual({ t: 12 })
    expect(stopIn(stops, 12, 12)).toBeNull()
  })

  it('the tour stops at the end of every step, just before it so the caption is the step that ended, and closes at the end', () => {
    for (const plan of [vp, kp]) {
      const stops = tourStops(plan)
      expect(stops).toHaveLength(plan.chapters.length)
      for (const [i, ch] of plan.chapters.slice(0, -1).entries())
        expect(stops[i]).toEqual({ t: ch.end - BEFORE_END_S, card: { kind: 'step', chapter: ch.id } })
      expect(stops.at(-1)).toEqual({ t: plan.duration, card: { kind: 'end' } })
    }
  })

  it('asks before a step and answers at its end; the balloon question only for kyphoplasty', () => {
    expect(checkpointStops(vp).map((s) => s.card)).toEqual([
      { kind: 'ask', id: 'shape' },
      { kind: 'reveal', id: 'shape' },
      { kind: 'ask', id: 'leak' },
      { kind: 'reveal', id: 'leak' },
    ])
    const inj = vp.chapters.find((c) => c.id === 'cement-injection')!
    expect(checkpointStops(vp)[2].t).toBe(inj.start)
    expect(
      checkpointStops(kp)
        .map((s) => s.card.kind === 'ask' && s.card.id)
        .filter(Boolean),
    ).toEqual(['shape', 'height', 'leak'])
    expect(checkpointStops(kp).find((s) => s.card.kind === 'ask' && s.card.id === 'leak')!.t).toBe(
      kp.chapters.find((c) => c.id === 'cavity-fill')!.start,
    )
  })

  it('a question halts until answered, its answer only once answered, and a surgeon is never stopped', () => {
    expect(stopsFor(vp, 'student', {}).map((s) => s.card.kind)).toEqual(['ask', 'ask'])
    expect(stopsFor(vp, 'student', { shape: 'front' }).map((s) => s.card.kind)).toEqual(['reveal', 'ask'])
    expect(stopsFor(vp, 'surgeon', {})).toEqual([])
  })
})

describe('answers come from the case', () => {
  it('the part that loses most height follows the fracture shape, with the heights to show it', () => {
    const shape = (c: Partial<CaseParams>) => shapeOutcome(buildPlan({ ...DEFAULT_CASE, ...c }))
    expect(shape({ morph: 'wedge' }).answer).toBe('front')
    expect(shape({ morph: 'biconcave' }).answer).toBe('middle')
    expect(shape({ morph: 'crush' }).answer).toBe('even')
    const w3 = shape({ morph: 'wedge', grade: 3 }).detail,
      w1 = shape({ morph: 'wedge', grade: 1 }).detail
    expect(w3.front!).toBeGreaterThan(w1.front!)
    expect(w3.back!).toBeLessThan(0.05)
  })

  it('the balloon wins back about a third of the lost front height (Lieberman 2001), read off the animation', () => {
    const h = heightOutcome(kp)
    expect(h.answer).toBe('third')
    expect(h.detail.share!).toBeGreaterThan(0.25)
    expect(h.detail.share!).toBeLessThan(0.45)
  })

  it('where cement leaves first is the simulated front, and runny cement finds a way out sooner than thick', async () => {
    const { cementFieldForCase } = await import('../../src/core/cement/forCase')
    const run = (visc: CaseParams['visc']) => {
      const c = { ...DEFAULT_CASE, visc },
        plan = buildPlan(c)
      return leakOutcome(plan, cementFieldForCase(c))!
    }
    const low = run('low'),
      high = run('high')
    expect(low.answer).not.toBe('nowhere')
    expect(low.detail.pathway).toBe(low.answer)
    if (high.answer !== 'nowhere') expect(high.detail.t!).toBeGreaterThan(low.detail.t!)
    expect(leakOutcome(vp, null)).toBeNull()
  }, 60_000)
})

describe('through the store', () => {
  beforeEach(() => {
    performance.now = () => fakeNow
  })
  afterEach(() => {
    performance.now = realNow
    vi.useRealTimers()
  })

  it('a patient opening at the start sees the tour card; playing halts at the end of the first step; Continue goes on', () => {
    store.setState(initialState(DEFAULT_CASE, view({ mode: 'patient' })))
    expect(store.getState().card).toEqual({ kind: 'start' })
    expect(playFor(30)).toBe(false)
    const s = store.getState()
    expect(s.t).toBeCloseTo(vp.chapters[0].end - BEFORE_END_S, 9)
    expect(s.card).toEqual({ kind: 'step', chapter: 'healthy' })
    expect(s.clock.playing).toBe(false)
    play()
    expect(store.getState().card).toBeNull()
    expect(playFor(30)).toBe(false)
    expect(store.getState().card).toEqual({ kind: 'step', chapter: 'fracture' })
    watchAgain()
    expect(store.getState().t).toBeCloseTo(vp.chapters[1].start, 1)
  })

  it('a student is asked, answers, watches, and gets the answer at the end of the step; Try again asks again', () => {
    store.setState(initialState(DEFAULT_CASE, view({ mode: 'student' })))
    expect(store.getState().card).toBeNull()
    playFor(6)
    expect(store.getState().card).toEqual({ kind: 'ask', id: 'shape' })
    answer('shape', 'front')
    expect(store.getState().clock.playing).toBe(true)
    playFor(30)
    expect(store.getState().card).toEqual({ kind: 'reveal', id: 'shape' })
    expect(store.getState().answers.shape).toBe('front')
    tryAgain('shape')
    expect(store.getState().answers.shape).toBeUndefined()
    expect(store.getState().card).toEqual({ kind: 'ask', id: 'shape' })
    expect(store.getState().t).toBe(vp.chapters[1].start)
  })

  it('moving the timeline closes a card', () => {
    store.setState(initialState(DEFAULT_CASE, view({ mode: 'patient' })))
    seek(20)
    expect(store.getState().card).toBeNull()
  })

  it('kiosk: two quiet minutes bring back the opening mode, language and the tour start; a touch restarts the wait', () => {
    vi.useFakeTimers()
    store.setState(initialState(DEFAULT_CASE, view({ mode: 'patient', kiosk: true })))
    const target = new EventTarget() as unknown as Window
    const stop = startKiosk(target)
    store.setState((s) => ({ view: { ...s.view, mode: 'student', lang: 'es', overlay: true } }))
    seek(30)
    vi.advanceTimersByTime(KIOSK_IDLE_MS - 1000)
    target.dispatchEvent(new Event('pointerdown'))
    vi.advanceTimersByTime(KIOSK_IDLE_MS - 1000)
    expect(store.getState().t).toBe(30)
    vi.advanceTimersByTime(2000)
    const s = store.getState()
    expect([s.t, s.view.mode, s.view.lang, s.view.overlay]).toEqual([0, 'patient', 'en', false])
    expect(s.card).toEqual({ kind: 'start' })
    stop()
  })
})
