// The scrubber's logic without a screen: looping a chapter keeps time, the steady camera for reduced
// motion holds still within a chapter, swipes are told apart from taps and scrolls, the keys and speeds.
import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE } from '../../src/core/case'
import { DEFAULT_VIEW } from '../../src/core/url'
import { buildPlan } from '../../src/core/plans'
import { SPEEDS } from '../../src/core/playback'
import { loopInChapter, stateAt, steadyCameraTime } from '../../src/core/timeline'
import { swipeOf } from '../../src/ui/swipe'
import { store, initialState } from '../../src/app/store'
import { setLoop, skip, step, play, tick } from '../../src/app/playbackActions'

const plan = buildPlan(DEFAULT_CASE)
const inj = plan.chapters.find((c) => c.id === 'cement-injection')!

describe('scrubber', () => {
  it('offers 0.25x to 2x', () => {
    expect(SPEEDS[0]).toBe(0.25)
    expect(SPEEDS[SPEEDS.length - 1]).toBe(2)
  })
  it('loops a chapter: crossing its end goes back to its start by the overshoot', () => {
    expect(loopInChapter(plan.chapters, inj.start + 1, inj.start + 2)).toBe(inj.start + 2)
    expect(loopInChapter(plan.chapters, inj.end - 0.1, inj.end + 0.3)).toBeCloseTo(inj.start + 0.3, 9)
    const last = plan.chapters[plan.chapters.length - 1]
    expect(loopInChapter(plan.chapters, plan.duration - 0.1, plan.duration)).toBeCloseTo(last.start, 9)
  })
  it('keeps playing inside the chapter when looping, through the store actions', () => {
    store.setState(initialState(DEFAULT_CASE, { ...DEFAULT_VIEW, t: inj.end - 0.05 }))
    setLoop(true)
    const realNow = performance.now
    let fake = 1000
    performance.now = () => fake
    try {
      play()
      fake += 1000 // one second later: past the chapter's end
      expect(tick()).toBe(true)
      const t = store.getState().t
      expect(t).toBeGreaterThanOrEqual(inj.start)
      expect(t).toBeLessThan(inj.start + 1.5)
      expect(store.getState().clock.playing).toBe(true)
    } finally {
      performance.now = realNow
    }
  })
  it('skips 5 s and steps 0.1 s, pausing for a step', () => {
    store.setState(initialState(DEFAULT_CASE, { ...DEFAULT_VIEW, t: 20 }))
    skip(5)
    expect(store.getState().t).toBeCloseTo(25, 9)
    skip(-100)
    expect(store.getState().t).toBe(0)
    play()
    step(1)
    expect(store.getState().clock.playing).toBe(false)
    expect(store.getState().t).toBeCloseTo(0.1, 2)
  })
  it('holds the camera still within a chapter under reduced motion, and changes it between chapters', () => {
    const cam = (t: number) => stateAt(plan, steadyCameraTime(plan, t)).scene.camera
    expect(cam(inj.start + 0.5)).toEqual(cam(inj.end - 0.5))
    const prev = plan.chapters[plan.chapters.indexOf(inj) - 1]
    expect(cam(prev.start + 0.5)).not.toEqual(cam(inj.start + 0.5))
    for (const bad of [NaN, -5, 1e9]) expect(Number.isFinite(steadyCameraTime(plan, bad))).toBe(true)
  })
  it('tells a swipe from a tap, a scroll and a slow drag', () => {
    expect(swipeOf(-120, 10, 200)).toBe(1) // left: next
    expect(swipeOf(120, -10, 200)).toBe(-1) // right: previous
    expect(swipeOf(5, 3, 100)).toBe(0) // a tap
    expect(swipeOf(-80, 120, 200)).toBe(0) // a scroll
    expect(swipeOf(-200, 0, 2000)).toBe(0) // a slow drag
  })
})
