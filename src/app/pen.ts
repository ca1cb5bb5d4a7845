// The surgeon's pen: strokes drawn on the anatomy, kept in world space on its surface, so they stay on the
// vertebra however the camera turns. A new level clears them (setCase: the anatomy under them is gone).
import { store } from './store'
import { requestFrame } from './invalidate'

type Point = [number, number, number]
/** Points closer than this to the last one (mm) are not added: a steady hand makes no extra vertices. */
export const PEN_STEP_MM = 0.6

export function setPen(on: boolean): void {
  store.setState({ pen: on })
  requestFrame()
}

export function penStart(p: Point): void {
  store.setState((s) => ({ strokes: [...s.strokes, [p]] }))
  requestFrame()
}

export function penExtend(p: Point): void {
  const { strokes } = store.getState()
  const last = strokes.at(-1)
  if (!last) return penStart(p)
  const q = last[last.length - 1]
  if (Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) < PEN_STEP_MM) return
  store.setState({ strokes: [...strokes.slice(0, -1), [...last, p]] })
  requestFrame()
}

export function penUndo(): void {
  store.setState((s) => ({ strokes: s.strokes.slice(0, -1) }))
  requestFrame()
}

export function penClear(): void {
  store.setState({ strokes: [] })
  requestFrame()
}
