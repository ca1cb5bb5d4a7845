import { describe, expect, it } from 'vitest'
import { sample, TrackBuilder } from '../../src/core/tracks'

describe('tracks', () => {
  const tr = new TrackBuilder(0).to(1, 2, 10, 'linear').to(3, 3, 5, 'hold').build()
  it('holds before the first key and after the last', () => {
    expect(sample(tr, -5)).toBe(0)
    expect(sample(tr, NaN)).toBe(0)
    expect(sample(tr, 99)).toBe(5)
  })
  it('interpolates linearly and jumps at a hold', () => {
    expect(sample(tr, 1.5)).toBeCloseTo(5)
    expect(sample(tr, 2.9)).toBe(10)
    expect(sample(tr, 3)).toBe(5)
  })
  it('eases smoothly by default, symmetric about the middle', () => {
    const s = new TrackBuilder(0).to(0, 1, 1).build()
    expect(sample(s, 0.5)).toBeCloseTo(0.5)
    expect(sample(s, 0.25) + sample(s, 0.75)).toBeCloseTo(1)
    expect(sample(s, 0.1)).toBeLessThan(0.1)
  })
  it('refuses keys out of order', () => {
    expect(() => new TrackBuilder(0).to(2, 3, 1).to(1, 2, 0)).toThrow()
  })
})
