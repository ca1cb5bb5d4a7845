import { describe, expect, it } from 'vitest'
import { overlaps, showTags, spreadTags, type TagBox } from '../../src/core/spread'

// written out here, apart from the module's own test, so a fault in one does not hide in the other
const touch = (a: TagBox, b: TagBox, gap: number) =>
  Math.abs(a.x - b.x) < (a.w + b.w) / 2 + gap && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + gap

describe('tags moved apart on screen', () => {
  it('leaves tags that do not touch where they are', () => {
    expect(
      spreadTags([
        { x: 50, y: 50, w: 80, h: 30 },
        { x: 300, y: 55, w: 80, h: 30 },
        { x: 50, y: 200, w: 80, h: 30 },
      ]),
    ).toEqual([0, 0, 0])
  })

  it('moves the lower of two overlapping tags just below the upper one', () => {
    const dy = spreadTags(
      [
        { x: 100, y: 60, w: 120, h: 30 },
        { x: 120, y: 50, w: 100, h: 30 },
      ],
      4,
    )
    expect(dy[1]).toBe(0) // the upper one stays
    expect(dy[0]).toBe(50 + 30 + 4 - 60)
  })

  it('never leaves two overlapping, however many pile up at one place (the default camera on the canal, veins and needle)', () => {
    let seed = 7
    const r = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let trial = 0; trial < 200; trial++) {
      const boxes = Array.from({ length: 2 + Math.floor(r() * 6) }, () => ({
        x: 200 + r() * 80,
        y: 200 + r() * 60,
        w: 60 + r() * 80,
        h: 28 + r() * 20,
      }))
      const dy = spreadTags(boxes, 4)
      const moved = boxes.map((b, i) => ({ ...b, y: b.y + dy[i] }))
      for (let i = 0; i < moved.length; i++) {
        expect(dy[i]).toBeGreaterThanOrEqual(0)
        for (let j = i + 1; j < moved.length; j++) expect(touch(moved[i], moved[j], 3.999)).toBe(false)
      }
    }
  })

  it('moves a tag out from under a fixed box (a label over the scene), and not one beside it', () => {
    const label = { x: 100, y: 30, w: 200, h: 50 }
    const dy = spreadTags(
      [
        { x: 80, y: 40, w: 90, h: 30 },
        { x: 400, y: 40, w: 90, h: 30 },
      ],
      4,
      [],
      [label],
    )
    expect(dy[0]).toBe(30 + (50 + 30) / 2 + 4 - 40)
    expect(dy[1]).toBe(0)
  })

  it('reuses the array it is given', () => {
    const out: number[] = [9, 9, 9, 9]
    expect(spreadTags([{ x: 0, y: 0, w: 10, h: 10 }], 4, out)).toBe(out)
    expect(out).toEqual([0])
  })
})

describe('labels shown in priority order', () => {
  const view = [400, 300] as const
  it('shows every tag that fits and touches no other', () => {
    expect(
      showTags(
        [
          { x: 50, y: 50, w: 60, h: 20 },
          { x: 200, y: 50, w: 60, h: 20 },
        ],
        ...view,
      ),
    ).toEqual([true, true])
  })

  it('hides the later of two overlapping tags, whichever is higher on screen', () => {
    expect(
      showTags(
        [
          { x: 100, y: 100, w: 80, h: 20 },
          { x: 120, y: 95, w: 80, h: 20 },
        ],
        ...view,
      ),
    ).toEqual([true, false])
    expect(
      showTags(
        [
          { x: 120, y: 95, w: 80, h: 20 },
          { x: 100, y: 100, w: 80, h: 20 },
        ],
        ...view,
      ),
    ).toEqual([true, false])
  })

  it('a hidden tag does not hide the ones after it', () => {
    const off = { x: -50, y: 100, w: 80, h: 20 } // out of the view
    expect(showTags([off, { x: 20, y: 100, w: 30, h: 20 }], ...view)).toEqual([false, true])
  })

  it('hides tags that stick out of the view and tags with no anchor', () => {
    expect(showTags([{ x: 395, y: 100, w: 40, h: 20 }, null, { x: 200, y: 299, w: 40, h: 20 }], ...view)).toEqual([
      false,
      false,
      false,
    ])
  })

  it('never shows two that overlap, on random piles', () => {
    let seed = 11
    const r = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let trial = 0; trial < 200; trial++) {
      const boxes = Array.from({ length: 2 + Math.floor(r() * 8) }, () => ({
        x: r() * 400,
        y: r() * 300,
        w: 30 + r() * 90,
        h: 18 + r() * 12,
      }))
      const show = showTags(boxes, ...view, 3)
      expect(show[0]).toBe(
        boxes[0].x - boxes[0].w / 2 >= 3 &&
          boxes[0].x + boxes[0].w / 2 <= 397 &&
          boxes[0].y - boxes[0].h / 2 >= 3 &&
          boxes[0].y + boxes[0].h / 2 <= 297,
      )
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(boxes[i], boxes[j], 3)).toBe(touch(boxes[i], boxes[j], 3))
          if (show[i] && show[j]) expect(touch(boxes[i], boxes[j], 3)).toBe(false)
        }
    }
  })
})
