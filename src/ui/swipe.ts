// A horizontal swipe on the caption moves between chapters, as on a tablet's photo viewer.
import type { PointerEvent } from 'react'

const MIN_PX = 60
const MAX_MS = 800

/** 1 for a swipe left (next), -1 for a swipe right (previous), 0 for anything else (a tap, a scroll, a slow drag). */
export function swipeOf(dx: number, dy: number, ms: number): -1 | 0 | 1 {
  if (!(Math.abs(dx) >= MIN_PX && Math.abs(dx) > 2 * Math.abs(dy) && ms <= MAX_MS)) return 0
  return dx < 0 ? 1 : -1
}

/** Pointer handlers that call onSwipe(direction) for a swipe. */
export function swipeHandlers(onSwipe: (dir: 1 | -1) => void) {
  let start: { x: number; y: number; t: number } | null = null
  return {
    onPointerDown: (e: PointerEvent) => {
      start = { x: e.clientX, y: e.clientY, t: e.timeStamp }
    },
    onPointerUp: (e: PointerEvent) => {
      if (!start) return
      const dir = swipeOf(e.clientX - start.x, e.clientY - start.y, e.timeStamp - start.t)
      start = null
      if (dir) onSwipe(dir)
    },
    onPointerCancel: () => {
      start = null
    },
  }
}
