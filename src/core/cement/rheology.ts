// How the cement thickens while it is injected, what that does to the spread, and the pressure it takes.
// PMMA's viscosity rises steeply through its working phase (Nicholas 2007; Trivedi 2023). The values below
// are effective (shear-thinned) working-phase viscosities, set so that the cannula pressure matches the
// injection-force study in cement-flow.md section 1.3 (7.8 N on a 1.5 mL syringe at 7 min, 3 mL/min, medium
// cement about 42 Pa s then); they are a calibration, not a product's measured curve.
import type { CaseParams, Viscosity } from '../case'

/** Effective viscosity 4 minutes after mixing, Pa s (a calibration; see above and below). */
const VISCOSITY_AT_4_MIN: Record<Viscosity, number> = { low: 15.4, medium: 21, high: 42 }
/**
 * The viscosity doubles about every this many minutes in the working phase (cement-flow.md section 6
 * template, per cement): runny cement stays runny through a long liquid phase (5.1 min at 22 C, BMC MSD
 * 2012;13:198) and doughy cement thickens from the start. Calibrated with the leaked volumes of Habib 2010
 * (tests/unit/cementPhysics.test.ts): starting 6 minutes later cut a runny cement's leak to 0.65 of its
 * volume, 3 minutes later a thick one's to 0.61.
 */
const DOUBLING_MIN: Record<Viscosity, number> = { low: 4, medium: 3, high: 2.5 }
/** Reference for the stabilising gradient: medium cement at 4 min, 2 mL/min. */
const MU_REF = VISCOSITY_AT_4_MIN.medium,
  Q_REF = 2

/**
 * Stabilising gradient G per unit of (mu Q) relative to the reference, and the power it grows with.
 * Calibrated on the seeded ensemble (tests/unit/cementPhysics.test.ts) so that high- against low-viscosity
 * cement gives about the published leak risk ratio (0.38, Zhang 2018), vertebroplasty leaks about as often
 * as the published series (41 %, Hulme 2006; spread 39-55 %) and kyphoplasty less often (25 %, by the
 * head-to-head ratio).
 */
export const G_REF = 0.35
const G_POWER = 1

/** Cannula: 11 gauge (inner radius 1.19 mm; 13 gauge 0.9 mm, needleRoute.ts), 120 mm from the syringe to the tip. */
const CANNULA = { radiusMm: 1.19, lengthMm: 120 } as const

export type Injection = Pick<CaseParams, 'visc' | 'mix' | 'rate'>

/** Minutes from the start of injection until `ml` has gone in. */
export function minutesAt(ml: number, rate: number): number {
  return ml / rate
}

/** Effective viscosity, Pa s, once `ml` has been injected (the cement keeps thickening as it goes in). */
function viscosityAt(c: Injection, ml: number): number {
  return VISCOSITY_AT_4_MIN[c.visc] * 2 ** ((c.mix + minutesAt(ml, c.rate) - 4) / DOUBLING_MIN[c.visc])
}

/** The stabilising gradient of the invasion once `ml` has been injected: grows with mu and with the rate. */
export function gradientAt(c: Injection, ml: number): number {
  return G_REF * ((viscosityAt(c, ml) / MU_REF) * (c.rate / Q_REF)) ** G_POWER
}

/**
 * Estimated injection pressure, kPa, once `ml` has gone in (cement-flow.md section 6, "HUD pressure"):
 * Hagen-Poiseuille through the cannula plus Darcy flow spreading from the tip into bone of permeability
 * k (Baroud 2004: 4.45e-8 m^2 craniocaudally). The cannula term dominates by about two orders.
 */
export function injectionPressureKPa(
  c: Injection,
  ml: number,
  phi = 0.9,
  lumenRadiusMm: number = CANNULA.radiusMm,
): { total: number; cannula: number; bone: number } {
  const mu = viscosityAt(c, ml)
  const Q = (c.rate * 1e-6) / 60 // m^3/s
  const a = lumenRadiusMm / 1000,
    L = CANNULA.lengthMm / 1000
  const cannula = (8 * mu * L * Q) / (Math.PI * a ** 4)
  const k = 4.45e-8,
    r0 = a
  const R = Math.max(r0, Math.cbrt((3 * Math.max(ml, 0) * 1e-6) / (4 * Math.PI * phi)))
  const bone = ((mu * Q) / (4 * Math.PI * k)) * (1 / r0 - 1 / R)
  return { total: (cannula + bone) / 1000, cannula: cannula / 1000, bone: bone / 1000 }
}
