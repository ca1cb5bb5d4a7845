// The simulated C-arm: a point source and a detector, aimed at the treated level for a lateral and an AP
// (postero-anterior) image. Rays diverge from the source, so what is nearer the source is magnified a
// little more, and off-centre endplates and pedicles are seen slightly obliquely, as on a real C-arm.
// Frame as in anatomy/vertebra.ts: mm, x to the patient's left, y cranial, z anterior; the treated body's
// centre at the origin. Image coordinates: u to the right, v down, both 0..1 over the square image.
import type { Vec3 } from '../anatomy/sdf'
import type { VertebraLayout } from '../anatomy/vertebra'

export type Projection = 'lateral' | 'ap'
export const PROJECTIONS: readonly Projection[] = ['lateral', 'ap']

/** Source to isocentre, mm: a C-arm's source-to-image distance is about 1 m, the spine a little past its middle. */
export const SOURCE_MM = 620

export interface CarmView {
  projection: Projection
  /** where the source is */
  source: Vec3
  /** the point the central ray passes through (the isocentre) */
  centre: Vec3
  /** image right and image up, unit vectors at the isocentre */
  right: Vec3
  up: Vec3
  /** width of the square image at the isocentre, mm (the circular field of view's diameter) */
  fieldMm: number
  /** full vertical angle of view, degrees, for a perspective camera at the source */
  fovDeg: number
}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]

/**
 * The two views of a level. Lateral: the beam runs across the body from the patient's left, anterior to
 * the viewer's left, the usual way to hang a lateral spine film; centred a little behind the body so the
 * pedicles and the needle's way in are on the image. AP: the beam runs from the front (the patient lies
 * prone, the tube under the table), shown as radiographs are, the patient's left on the viewer's right.
 */
export function carmViews(L: VertebraLayout): Record<Projection, CarmView> {
  const { m } = L
  const H = (m.VBHa + m.VBHp) / 2
  // three bodies and two discs tall, and the body with its pedicles and laminae deep
  const lateralField = Math.max(2.6 * H + 2 * m.discBelow, m.EPD + m.SCD + 30) * 1.05
  const apField = Math.max(2.6 * H + 2 * m.discBelow, m.EPW * 1.9)
  const zc = (L.zAnt + L.zLamina) / 2 + 4
  const view = (projection: Projection, source: Vec3, centre: Vec3, right: Vec3, fieldMm: number): CarmView => ({
    projection,
    source,
    centre,
    right,
    up: [0, 1, 0],
    fieldMm,
    fovDeg: (2 * Math.atan(fieldMm / 2 / SOURCE_MM) * 180) / Math.PI,
  })
  return {
    lateral: view('lateral', [SOURCE_MM, 0, zc], [0, 0, zc], [0, 0, -1], lateralField),
    ap: view('ap', [0, 0, SOURCE_MM], [0, 0, 0], [1, 0, 0], apField),
  }
}

/**
 * Where a point falls on the image, u right and v down over 0..1, and its magnification relative to the
 * isocentre (1 there, more nearer the source). Null for a point at or behind the source.
 */
export function project(v: CarmView, p: Vec3): { u: number; v: number; scale: number } | null {
  const axis = sub(v.centre, v.source)
  const dist = Math.hypot(axis[0], axis[1], axis[2])
  const fwd: Vec3 = [axis[0] / dist, axis[1] / dist, axis[2] / dist]
  const d = sub(p, v.source)
  const along = dot(d, fwd)
  if (!(along > 1e-6)) return null
  const scale = dist / along
  const x = dot(d, v.right) * scale,
    y = dot(d, v.up) * scale
  return { u: 0.5 + x / v.fieldMm, v: 0.5 - y / v.fieldMm, scale }
}

interface Box {
  x: number
  y: number
  w: number
  h: number
}
export interface FluoroLayout {
  frames: { x: number; y: number; size: number }[]
  words: Box
}

/**
 * Two square image frames for a panel w x h (CSS px), and the box left for words. Side by side when wide,
 * stacked when tall. The words go beside the images when at least `beside` px are left there at full
 * height; otherwise below them, where `below` px are kept (given up, down to 40 % of the height, before the
 * images shrink).
 */
export function fluoroLayout(w: number, h: number, words: { below: number; beside: number }, gap = 8): FluoroLayout {
  const W = Math.max(0, w),
    Hfull = Math.max(0, h)
  const full = Math.floor(Math.min((W - gap) / 2, Hfull))
  if (W - (2 * full + 2 * gap) >= words.beside && full > 0) {
    const x = 2 * full + 2 * gap
    return {
      frames: [
        { x: 0, y: 0, size: full },
        { x: full + gap, y: 0, size: full },
      ],
      words: { x, y: 0, w: W - x, h: Hfull },
    }
  }
  const H = Math.max(0, Hfull - Math.min(Math.max(0, words.below), 0.4 * Hfull))
  const across = Math.max(0, Math.floor(Math.min((W - gap) / 2, H)))
  const down = Math.max(0, Math.floor(Math.min(W, (H - gap) / 2)))
  const frames =
    across >= down
      ? [
          { x: Math.round((W - (2 * across + gap)) / 2), y: 0, size: across },
          { x: Math.round((W - (2 * across + gap)) / 2) + across + gap, y: 0, size: across },
        ]
      : [
          { x: Math.round((W - down) / 2), y: 0, size: down },
          { x: Math.round((W - down) / 2), y: down + gap, size: down },
        ]
  const top = Math.max(...frames.map((f) => f.y + f.size)) + gap
  return { frames, words: { x: 0, y: top, w: W, h: Math.max(0, Hfull - top) } }
}
