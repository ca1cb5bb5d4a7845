// Tags that would overlap on screen, moved apart or left out: pure rectangle arithmetic, so the 3D overlay's
// tags and the anatomy labels stay readable however the camera turns (a test reaches it without WebGL).

/** A tag on screen: centre and size, px. */
export interface TagBox {
  x: number
  y: number
  w: number
  h: number
}

/** Two tags touch, or come closer than `gap` px. */
export function overlaps(a: TagBox, b: TagBox, gap: number): boolean {
  return Math.abs(a.x - b.x) < (a.w + b.w) / 2 + gap && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + gap
}

/**
 * Which tags show, taken in priority order (the order given): a tag shows when it lies wholly inside the view
 * (`width` x `height` px, `gap` from its edges) and does not overlap a tag already shown. Null boxes (no anchor
 * this frame) do not show. `out` is reused when given, and nothing is allocated per call once it has grown.
 */
export function showTags(
  boxes: readonly (TagBox | null)[],
  width: number,
  height: number,
  gap = 4,
  out: boolean[] = [],
): boolean[] {
  out.length = boxes.length
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]
    let free =
      !!b &&
      b.x - b.w / 2 >= gap &&
      b.y - b.h / 2 >= gap &&
      b.x + b.w / 2 <= width - gap &&
      b.y + b.h / 2 <= height - gap
    for (let j = 0; free && j < i; j++) if (out[j] && overlaps(b!, boxes[j]!, gap)) free = false
    out[i] = free
  }
  return out
}

/**
 * Vertical offsets (px) that leave no two tags overlapping: tags are taken from the top of the screen down,
 * and each one that overlaps a tag already placed moves just below it. Tags that do not overlap do not move.
 * `fixed` are boxes that never move (a label over the scene): tags that would go under them move below them.
 * `out` is reused when given.
 */
export function spreadTags(
  boxes: readonly TagBox[],
  gap = 4,
  out: number[] = [],
  fixed: readonly TagBox[] = [],
): number[] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a].y - boxes[b].y || a - b)
  out.length = boxes.length
  const placed: TagBox[] = [...fixed]
  for (const i of order) {
    const b = boxes[i]
    let y = b.y
    // one pass is not enough when a move lands on another placed tag: repeat until clear
    for (let moved = true; moved;) {
      moved = false
      for (const p of placed) {
        const below = p.y + (b.h + p.h) / 2 + gap
        // strictly down only: rounding can leave y a hair inside the gap, and that must not loop
        if (overlaps({ x: b.x, y, w: b.w, h: b.h }, p, gap) && below > y) {
          y = below
          moved = true
        }
      }
    }
    out[i] = y - b.y
    placed.push({ x: b.x, y, w: b.w, h: b.h })
  }
  return out
}
