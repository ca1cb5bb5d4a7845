import { describe, expect, it } from 'vitest'
import { spreadTags, type TagBox } from '../../src/core/spread'

const overlaps = (a: TagBox, b: TagBox, gap: number) =>
  Math.abs(a.x - b.x) < (a.w + b.w) / 2 + gap && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + gap

describe('tags moved apart on screen', () => {
  it('leaves tags that do not touch where they are', () => {
    expect(spreadTags([{ x: 50, y: 50, w: 80, h: 30 }, { x: 300, y: 55, w: 80, h: 30 }, { x: 50, y: 200, w: 80, h: 30 }])).toEqual([0, 0, 0])
  })

  it('moves the lower of two overlapping tags just below the upper one', () => {
    const dy = spreadTags([{ x: 100, y: 60, w: 120, h: 30 }, { x: 120, y: 50, w: 100, h: 30 }], 4)
    expect(dy[1]).toBe(0) // the upper one stays
    expect(dy[0]).toBe(50 + 30 + 4 - 60)
  })

  it('never leaves two overlapping, however many pile up at one place (the default camera on the canal, veins and needle)', () => {
    let seed = 7
    const r = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let trial = 0; trial < 200; trial++) {
      const boxes = Array.from({ length: 2 + Math.floor(r() * 6) }, () => ({ x: 200 + r() * 80, y: 200 + r() * 60, w: 60 + r() * 80, h: 28 + r() * 20 }))
      const dy = spreadTags(boxes, 4)
      const moved = boxes.map((b, i) => ({ ...b, y: b.y + dy[i] }))
      for (let i = 0; i < moved.length; i++) {
        expect(dy[i]).toBeGreaterThanOrEqual(0)
        for (let j = i + 1; j < moved.length; j++) expect(overlaps(moved[i], moved[j], 3.999)).toBe(false)
      }
    }
  })

  it('moves a tag out from under a fixed box (a label over the scene), and not one beside it', () => {
    const label = { x: 100, y: 30, w: 200, h: 50 }
    const dy = spreadTags([{ x: 80, y: 40, w: 90, h: 30 }, { x: 400, y: 40, w: 90, h: 30 }], 4, [], [label])
    expect(dy[0]).toBe(30 + (50 + 30) / 2 + 4 - 40)
    expect(dy[1]).toBe(0)
  })

  it('reuses the array it is given', () => {
    const out: number[] = [9, 9, 9, 9]
    expect(spreadTags([{ x: 0, y: 0, w: 10, h: 10 }], 4, out)).toBe(out)
    expect(out).toEqual([0])
  })
})
