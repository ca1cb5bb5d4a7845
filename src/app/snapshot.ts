// A picture of the 3D view for the summary: the canvas registers how to draw one frame and read it back
// (in the same task, so the drawing buffer need not be preserved).
let capture: (() => string) | null = null

export function registerCapture(fn: (() => string) | null): void { capture = fn }

/** A PNG data URL of the scene as it is now, or null without a canvas (no WebGL). */
export function snapshot(): string | null {
  try { return capture ? capture() : null } catch { return null }
}
