// The played frame outside React: a tick within a chapter moves the playhead and touches no store field, so no
// selector reruns and nothing commits; a new chapter, a pause and a seek are commits. The frame's scene state
// is one object per side, rewritten in place.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_CASE } from '../../src/core/case'
import { DEFAULT_VIEW } from '../../src/core/url'
import { store, initialState } from '../../src/app/store'
import { pause, play, seek, skip, tick } from '../../src/app/playbackActions'
import { shownTime, subscribeFrame } from '../../src/app/playhead'
import { frameJSON, frameState } from '../../src/app/frameState'
import { stateAt } from '../../src/core/timeline'

let fakeNow = 50_000
const realNow = performance.now

describe('a played frame', () => {
  beforeEach(() => {
    performance.now = () => fakeNow
    store.setState(initialState({ ...DEFAULT_CASE }, { ...DEFAULT_VIEW, mode: 'surgeon' }), true)
  })
  afterEach(() => {
    performance.now = realNow
  })

  it('within a chapter moves the playhead and leaves the store alone; a new chapter commits once', () => {
    const plan = store.getState().plan
    const ch = plan.chapters.find((c) => c.id === 'needle-placement')!
    seek(ch.start + 0.1)
    play()
    let commits = 0,
      frames = 0
    const offStore = store.subscribe(() => commits++)
    const offFrame = subscribeFrame(() => frames++)
    const steps = Math.floor((ch.end - ch.start - 0.5) / 0.05)
    for (let i = 0; i < steps; i++) {
      fakeNow += 50
      expect(tick()).toBe(true)
    }
    expect(commits).toBe(0)
    expect(frames).toBe(steps)
    expect(shownTime()).toBeCloseTo(ch.start + 0.1 + steps * 0.05, 6)
    expect(store.getState().t).toBeCloseTo(ch.start + 0.1, 6) // committed time: where play began
    // what a frame shows follows the playhead, and agrees with the pure state at that time
    expect(frameState().needleDepthMm).toBeCloseTo(stateAt(plan, shownTime()).scene.needleDepthMm, 9)
    expect(frameJSON().t).toBeCloseTo(shownTime(), 3)
    fakeNow += 1000
    tick() // into the next chapter
    expect(commits).toBe(1)
    expect(store.getState().t).toBeCloseTo(shownTime(), 9)
    offStore()
    offFrame()
  })

  it('a pause commits where the playhead is; a skip while playing starts from what is shown', () => {
    seek(10)
    play()
    for (let i = 0; i < 20; i++) {
      fakeNow += 50
      tick()
    }
    const t = shownTime()
    expect(t).toBeCloseTo(11, 6)
    skip(5)
    expect(shownTime()).toBeCloseTo(16, 6)
    fakeNow += 500
    tick()
    pause()
    expect(store.getState().t).toBeCloseTo(16.5, 6)
    expect(shownTime()).toBe(store.getState().t)
  })

  it('the scene state is one object per side, rewritten in place, and the JSON is made only on demand', () => {
    seek(30)
    const a = frameState()
    const json = frameJSON()
    expect(frameJSON()).toBe(json) // the same frame: kept
    seek(31)
    expect(frameState()).toBe(a)
    expect(a.t).toBe(31)
    expect(frameJSON()).not.toBe(json)
    expect(frameJSON().t).toBe(31)
  })
})
