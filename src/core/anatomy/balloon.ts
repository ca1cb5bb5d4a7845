// The kyphoplasty balloon: which size fits the body, and its pressure as it fills (cement-flow.md section 3).
// Sizes are the inflatable bone tamps' nominal lengths, 10, 15 and 20 mm, each filling to about 3 mL
// (KYPHON XPANDER 10/3, 15/3, 20/3). Published pressures are endpoints, not curves: 175 +- 37 psi in
// osteoporotic bodies compressed to 40 % under load (cadaveric, cement-flow.md section 3). The curve below
// follows the stages suggested there: unfolding at low pressure, a compaction plateau of about 1 MPa that
// dips where trabeculae yield, then a rise once the balloon bears on the endplates and lifts them.
import { mulberry32 } from '../random'
import { BVTV, SHELL_BVTV } from '../cement/bone'

export const BALLOON_SIZES_MM = [10, 15, 20] as const
export const BALLOON_MAX_ML = 3
/** Pressure rating commonly quoted for the XPANDER tamp, psi (cement-flow.md section 3: to verify). */
export const BALLOON_RATING_PSI = 400

/** The longest balloon that fits: its length at most 55 % of the body's depth, so it stays inside the front two thirds. */
export function balloonSizeFor(bodyDepthMm: number): number {
  let best: number = BALLOON_SIZES_MM[0]
  for (const s of BALLOON_SIZES_MM) if (s <= 0.55 * bodyDepthMm) best = s
  return best
}

/** Semi-axes of a balloon holding v mL: its length along the needle, its width from the volume. */
export function balloonAxes(v: number, lengthMm: number): { along: number; across: number } {
  const along = lengthMm / 2
  const across = v > 0 ? Math.sqrt((3 * v * 1000) / (4 * Math.PI * along)) : 0
  return { along, across }
}

/**
 * The fill at which a balloon of this length starts to lift the endplates of a body `localHeightMm` tall
 * where it sits. It does not have to touch them: the cancellous bone between is compacted ahead of it, from
 * BV/TV 0.10 to about 0.30 (cement-flow.md 2.3), and once all of it is packed that layer (a third of its
 * first thickness) carries the push. So lift starts at a radius of (h / 2)(1 - 0.10 / 0.30).
 */
export function contactMl(lengthMm: number, localHeightMm: number): number {
  const along = lengthMm / 2,
    r = (localHeightMm / 2) * (1 - BVTV / SHELL_BVTV)
  return (4 * Math.PI * along * r * r) / 3 / 1000
}

const UNFOLD_ML = 0.3,
  UNFOLD_PSI = 25,
  PLATEAU_PSI = [120, 175] as const,
  LIFT_PSI = 260

/**
 * Pressure, psi, at fill volume v (mL) for a balloon that meets the endplates at `contact` mL: unfolding,
 * a compaction plateau with two small yield dips (placed by `seed`), then the lift. Never above the rating.
 */
export function balloonPressurePsi(v: number, contact: number, maxMl: number, seed = 1): number {
  if (v <= 0) return 0
  if (v < UNFOLD_ML) return (UNFOLD_PSI * v) / UNFOLD_ML
  const c = Math.max(UNFOLD_ML + 0.2, Math.min(contact, maxMl))
  let p: number
  if (v < c) {
    const s = (v - UNFOLD_ML) / (c - UNFOLD_ML)
    p = PLATEAU_PSI[0] + (PLATEAU_PSI[1] - PLATEAU_PSI[0]) * Math.sqrt(s)
    // trabeculae give way: a short drop of ~10 % and recovery, twice on the plateau
    const rnd = mulberry32(seed)
    for (const at of [0.3 + 0.2 * rnd(), 0.65 + 0.2 * rnd()]) {
      const d = (s - at) / 0.06
      if (d > 0 && d < 1) p *= 1 - 0.1 * (1 - d)
    }
  } else {
    p = PLATEAU_PSI[1] + ((LIFT_PSI - PLATEAU_PSI[1]) * (v - c)) / Math.max(0.1, maxMl - c)
  }
  return Math.min(BALLOON_RATING_PSI, p)
}
