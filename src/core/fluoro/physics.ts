// What the simulated C-arm sees: linear attenuation of each material, as its excess over soft tissue (the
// water the whole body is made of, which only sets the background), and how the detected intensity is shown.
//
// Values are mass attenuation coefficients (NIST XCOM, Hubbell & Seltzer, NIST SRD 126,
// https://www.nist.gov/pml/x-ray-mass-attenuation-coefficients) times density, at 50 keV: about the mean
// energy of a spine C-arm beam at 70-90 kVp. They are model values for a teaching image, not a dosimetry
// calculation; what matters is their order and ratios, which the image keeps.
import { BVTV } from '../cement/bone'

/** Attenuation per mm at 50 keV: water 0.2269 cm2/g x 1.0 g/cm3 (NIST XCOM). */
const MU_WATER = 0.02269
/** Cortical bone (ICRU-44): 0.4242 cm2/g x 1.92 g/cm3 (NIST XCOM, 50 keV). */
const MU_CORTEX = 0.0814

/**
 * Excess attenuation per mm over soft tissue, by what the ray crosses. Osteoporotic cancellous bone is a
 * tenth bone (BV/TV 0.10, cement-flow.md 1.3) and nine tenths marrow: it barely shows, and the cortex draws
 * the outline of the body, which is what an osteoporotic spine looks like on fluoroscopy.
 */
export const MU = {
  cortex: MU_CORTEX - MU_WATER,
  cancellous: BVTV * (MU_CORTEX - MU_WATER),
  /**
   * PMMA cement with barium sulphate: about 20 % BaSO4 by weight once set (30 % of the powder, powder to
   * liquid about 2:1), density 1.6; BaSO4 about 8 cm2/g at 50 keV (barium's K edge is 37.4 keV).
   */
  cement: 0.1 * (1.6 * (0.2 * 8 + 0.8 * 0.2)) - MU_WATER,
  /** Stainless steel trocar: iron 1.958 cm2/g x 7.87 g/cm3 (NIST XCOM, 50 keV). */
  steel: 0.1 * 1.958 * 7.87 - MU_WATER,
  /**
   * Balloon contrast: iodinated contrast diluted to about 180 mg iodine per mL (60 % of a 300 mgI/mL
   * agent, as balloon kits advise); iodine about 12 cm2/g at 50 keV (K edge 33.2 keV).
   */
  contrast: 0.1 * 0.18 * 12,
  /** Gas in a vacuum cleft (an intravertebral cleft holds gas or fluid; gas shows, as the "vacuum sign"). */
  gas: -MU_WATER,
} as const

/**
 * The cortical shell as the image draws it, mm. The real shell of a vertebral body is thinner (a few tenths
 * of a millimetre); the baked meshes are on a 0.8-1.1 mm grid, so the inner surface is set a little deeper
 * to stay clear of the outer one's facets. Seen edge-on, its path is long and the outline is sharp and dark, as it is
 * on fluoroscopy.
 */
export const SHELL_MM = 0.7

/**
 * Display: the detector measures exp(-p), p the excess line integral; the monitor shows
 * BACKGROUND * exp(-GAIN * p). The gain stands for the automatic brightness and contrast a C-arm applies,
 * which spreads bone over the grey scale; metal and cement go to black. Grain is quantum mottle: its
 * relative size grows where fewer photons arrive (1 / sqrt of the intensity).
 */
export const DISPLAY = { background: 0.74, gain: 1.7, grain: 0.075, vignette: 0.25 } as const

/** Grey level (0 black .. 1 white) for an excess line integral p, before grain and vignette. */
export function greyLevel(p: number): number {
  if (!Number.isFinite(p)) return p > 0 ? 0 : DISPLAY.background
  return Math.min(1, DISPLAY.background * Math.exp(-DISPLAY.gain * p))
}

/** Excess line integral of a path through the given lengths of each material, mm. */
export function lineIntegral(lengths: Partial<Record<keyof typeof MU, number>>): number {
  let p = 0
  for (const k of Object.keys(lengths) as (keyof typeof MU)[]) p += MU[k] * (lengths[k] ?? 0)
  return p
}

/**
 * Pulses a second of pulsed fluoroscopy, both planes together: C-arms offer 3.75, 7.5 and 15 against 30 for
 * continuous (cloverlearning.com, Fundamentals of fluoroscopy: pulsed fluoroscopy); the two planes take
 * turns, 7.5 each (core/fluoro/pulses.ts). While the bones move (collapse, lift), their shadow is imaged
 * again at this rate; the instruments and cement every frame.
 */
export const PULSES_PER_SECOND = 15
