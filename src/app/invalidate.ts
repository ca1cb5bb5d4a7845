// Every canvas on screen (two when procedures are compared, and the X-ray's) draws the next frame when an action
// asks: each one registers its invalidate here while it is mounted.
const canvases = new Set<() => void>()
export const invalidate = (): void => {
  for (const fn of canvases) fn()
}
/** A canvas registers its invalidate here; the returned function unregisters it. */
export function addInvalidate(fn: () => void): () => void {
  canvases.add(fn)
  return () => {
    canvases.delete(fn)
  }
}
export function requestFrame(): void {
  invalidate()
}
