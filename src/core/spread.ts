// Tags that would overlap on screen, moved apart: pure rectangle arithmetic, so the 3D overlay's tags stay
// readable however the camera turns (a test reaches it without WebGL).

/** A tag on screen: centre and size, px. */
export interface TagBox { x: number; y: number; w: number; h: number }

/**
 * Vertical offsets (px) that leave no two tags overlapping: tags are taken from the top of the screen down,
 * and each one that overlaps a tag already placed moves just below it. Tags that do not overlap do not move.
 * `fixed` are boxes that never move (a label over the scene): tags that would go under them move below them.
 * `out` is reused when given.
 */
export function spreadTags(boxes: readonly TagBox[], gap = 4, out: number[] = [], fixed: readonly TagBox[] = []): number[] {
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
        const py = p.y
        const xOverlap = Math.abs(b.x - p.x) < (b.w + p.w) / 2 + gap
        const yOverlap = Math.abs(y - py) < (b.h + p.h) / 2 + gap
        const below = py + (b.h + p.h) / 2 + gap
        // strictly down only: rounding can leave y a hair inside the gap, and that must not loop
        if (xOverlap && yOverlap && below > y) { y = below; moved = true }
      }
    }
    out[i] = y - b.y
    placed.push({ x: b.x, y, w: b.w, h: b.h })
  }
  return out
}
