import { describe, expect, it } from 'vitest'
import { createClock, ended, pause, play, position, seek, setRate } from '../../src/core/playback'

describe('playback clock', () => {
  it('advances by elapsed time x rate, with no drift from frame timing', () => {
    let c = play(createClock(60, 10), 1000)
    expect(position(c, 1000)).toBe(10)
    expect(position(c, 3500)).toBeCloseTo(12.5)
    c = setRate(c, 2, 3500)
    expect(position(c, 3500)).toBeCloseTo(12.5) // a rate change does not jump
    expect(position(c, 4500)).toBeCloseTo(14.5)
  })
  it('pauses where it is and seeks anywhere within the story', () => {
    let c = play(createClock(60), 0)
    c = pause(c, 5000)
    expect(position(c, 99999)).toBe(5)
    c = seek(c, 1e9, 0)
    expect(position(c, 0)).toBe(60)
    c = seek(c, NaN, 0)
    expect(position(c, 0)).toBe(0)
    c = seek(c, -3, 0)
    expect(position(c, 0)).toBe(0)
  })
  it('stops at the end and starts over when played from the end', () => {
    const c = play(createClock(10, 9), 0)
    expect(position(c, 5000)).toBe(10)
    expect(ended(c, 5000)).toBe(true)
    const again = play(pause(c, 5000), 6000)
    expect(position(again, 6000)).toBe(0)
  })
  it('treats a bad rate as 1x', () => {
    const c = setRate(play(createClock(60), 0), NaN, 0)
    expect(position(c, 1000)).toBeCloseTo(1)
  })
})
