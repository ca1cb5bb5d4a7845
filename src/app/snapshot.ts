// A picture of the 3D view for the summary: each canvas registers how to draw one frame, and the picture is
// read back in the same task, so the drawing buffer need not be preserved. Two procedures compared give one
// picture of both, laid out as they are on screen (side by side, or one above the other).
import type { SideId } from './frameState'

const captures = new Map<SideId, () => HTMLCanvasElement>()

/** A canvas registers how to draw a frame of itself now (null unregisters it). */
export function registerCapture(side: SideId, fn: (() => HTMLCanvasElement) | null): void {
  if (fn) captures.set(side, fn)
  else captures.delete(side)
}

/**
 * A PNG data URL of the scene as it is now, or null without a canvas (no WebGL). With two panes, each is
 * named in its top-left corner (names by side, in the reader's language).
 */
export function snapshot(names: Partial<Record<SideId, string>> = {}): string | null {
  try {
    const sides = (['compare', 'main'] as const).filter((side) => captures.has(side))
    const drawn = sides.map((side) => captures.get(side)!())
    if (!drawn.length) return null
    if (drawn.length === 1) return drawn[0].toDataURL('image/png')
    const rects = drawn.map((c) => c.getBoundingClientRect())
    const scale = drawn[0].width / Math.max(1, rects[0].width) // device pixels per CSS pixel
    const left = Math.min(...rects.map((r) => r.left)),
      top = Math.min(...rects.map((r) => r.top))
    const out = document.createElement('canvas')
    out.width = Math.round((Math.max(...rects.map((r) => r.right)) - left) * scale)
    out.height = Math.round((Math.max(...rects.map((r) => r.bottom)) - top) * scale)
    const ctx = out.getContext('2d')
    if (!ctx) return null
    ctx.fillStyle = '#3a475c' // the line between the panes
    ctx.fillRect(0, 0, out.width, out.height)
    ctx.font = `600 ${Math.round(16 * scale)}px system-ui, sans-serif`
    ctx.textBaseline = 'top'
    drawn.forEach((c, i) => {
      const x = Math.round((rects[i].left - left) * scale),
        y = Math.round((rects[i].top - top) * scale)
      ctx.drawImage(c, x, y)
      const name = names[sides[i]]
      if (!name) return
      const pad = 8 * scale
      ctx.fillStyle = 'rgba(20, 26, 38, 0.85)'
      ctx.fillRect(x + pad, y + pad, ctx.measureText(name).width + 2 * pad, 16 * scale + 2 * pad)
      ctx.fillStyle = '#f3f1ec'
      ctx.fillText(name, x + 2 * pad, y + 2 * pad)
    })
    return out.toDataURL('image/png')
  } catch {
    return null
  }
}
