// Fracture as a deformation of the treated vertebra (pure math). The lower endplate stays; the body's
// height at each point shrinks by loss x damage(x, z), where damage is 1 where the morphology loses the
// most height: the front for a wedge, the middle for a biconcave fracture, everywhere for a crush.
import type { Morphology } from '../case'
import type { VertebraLayout } from './vertebra'

/** How much of the loss applies at (x, z), 0..1. Posterior elements (behind the wall) never move. */
function damage(morph: Morphology, L: VertebraLayout, x: number, z: number): number {
  const { zPost, m } = L
  if (morph === 'wedge') {
    const a = (z - zPost) / m.EPD
    return a <= 0 ? 0 : a >= 1 ? 1 : a
  }
  if (morph === 'crush') {
    // eases in over the last 6 mm before the wall so the pedicles shear, not tear
    const a = (z - (zPost - 6)) / 6
    return a <= 0 ? 0 : a >= 1 ? 1 : a * a * (3 - 2 * a)
  }
  const r2 = (x * x) / (m.EPW / 2) ** 2 + (z * z) / (m.EPD / 2) ** 2
  return z <= zPost ? 0 : Math.max(0, 1 - r2)
}

/** The y every point keeps: the lower endplate, at the body's mean half-height below the centre. */
export function anchorY(L: VertebraLayout): number {
  return -(L.m.VBHa + L.m.VBHp) / 4
}

/** Deformed y of a point of the healthy vertebra, for a height loss fraction `loss` (0..1). */
export function deformY(morph: Morphology, L: VertebraLayout, loss: number, x: number, y: number, z: number): number {
  if (loss === 0) return y
  const yb = anchorY(L)
  if (y <= yb) return y
  return yb + (y - yb) * (1 - loss * damage(morph, L, x, z))
}

/** Inverse of deformY (the damage does not depend on y, so it is closed-form). */
export function undeformY(morph: Morphology, L: VertebraLayout, loss: number, x: number, y: number, z: number): number {
  if (loss === 0) return y
  const yb = anchorY(L)
  if (y <= yb) return y
  return yb + (y - yb) / Math.max(1e-3, 1 - loss * damage(morph, L, x, z))
}

/** Heights of the deformed body at its anterior edge, middle and posterior wall, mm. */
export function deformedHeights(
  morph: Morphology,
  L: VertebraLayout,
  loss: number,
  out: BodyHeights = { anteriorHeightMm: 0, middleHeightMm: 0, posteriorHeightMm: 0 },
): BodyHeights {
  const { m } = L
  out.anteriorHeightMm = m.VBHa * (1 - loss * damage(morph, L, 0, L.zAnt))
  out.middleHeightMm = m.VBHm * (1 - loss * damage(morph, L, 0, 0))
  out.posteriorHeightMm = m.VBHp * (1 - loss * damage(morph, L, 0, L.zPost + 0.01))
  return out
}

export interface BodyHeights {
  anteriorHeightMm: number
  middleHeightMm: number
  posteriorHeightMm: number
}
export interface UpperPose {
  dropMm: number
  tiltRad: number
  pivot: { y: number; z: number }
}

/**
 * Pose of everything above the treated vertebra (the disc and vertebra above) so it rests on the deformed
 * upper endplate: it drops by the posterior loss and tilts forward (kyphosis) by the slope of the rim.
 */
export function upperPose(
  morph: Morphology,
  L: VertebraLayout,
  loss: number,
  out: UpperPose = { dropMm: 0, tiltRad: 0, pivot: { y: 0, z: 0 } },
): UpperPose {
  const { m } = L
  const dropPost = m.VBHp * loss * damage(morph, L, 0, L.zPost + 0.01)
  const dropAnt = m.VBHa * loss * damage(morph, L, 0, L.zAnt)
  const rimPost = morph === 'biconcave' ? 0 : dropPost
  const rimAnt = morph === 'biconcave' ? 0 : dropAnt
  const tilt = Math.atan2(rimAnt - rimPost, m.EPD) // radians, + = anterior end down (rotation about +x)
  out.dropMm = rimPost
  out.tiltRad = tilt
  out.pivot.y = m.VBHp / 2
  out.pivot.z = L.zPost
  return out
}
