// Which needle, and which way in: the gauge and route that fit this level's pedicle on the way to the planned tip.
// An 11-gauge trocar is the usual; 13-gauge where the pedicle is too narrow for it; and where neither fits, an
// extrapedicular route that enters the body just beside the pedicle (between it and the rib head in the
// thoracic spine; posterolateral in the lumbar spine). Provenzano 2004: 11-13 gauge trocars; openradiology.org:
// thoracic levels transpedicular or intercostovertebral (extrapedicular); audit 2b: T5 pedicles are 3.65 mm wide.
import type { Vec3 } from './sdf'
import { bodySdf, type VertebraLayout } from './vertebra'

export type Gauge = 11 | 13
export type Route = 'transpedicular' | 'extrapedicular'

/** Outer diameter and the cement lumen's radius, mm (thin-walled needle tubing: 11 G 3.05 / 2.39 mm, 13 G 2.41 / 1.80 mm). */
export const GAUGE_MM: Record<Gauge, { outer: number; lumenRadius: number }> = {
  11: { outer: 3.05, lumenRadius: 1.19 },
  13: { outer: 2.41, lumenRadius: 0.9 },
}

/**
 * Bone the trocar must leave between itself and the pedicle's outer surface all the way to the back wall, mm:
 * about the thickness of the pedicle's cortex. An assumption, not a published limit: with it an 11-gauge trocar
 * needs a pedicle 5 mm wide and a 13-gauge one 4.4 mm, so the mid-thoracic levels take 13 gauge, as is usual.
 */
export const WALL_MM = 1

export interface Entry {
  gauge: Gauge
  route: Route
  bone: Vec3
}

/**
 * How far the trocar's axis stays inside the pedicle's outer surface (mm, its smallest value) on the straight
 * line from `bone` to `tip`, from the pedicle's back end to the body's back wall. Side s: 1 left, -1 right.
 */
export function pedicleClearance(L: VertebraLayout, s: 1 | -1, bone: Vec3, tip: Vec3): number {
  const b = L.pedicleBack,
    f = L.pedicleFront
  let min = Infinity
  for (let z = b[2]; z <= L.zPost + 1e-6; z += 0.25) {
    const u = (z - bone[2]) / (tip[2] - bone[2])
    const x = bone[0] + (tip[0] - bone[0]) * u
    const v = (z - b[2]) / (f[2] - b[2])
    const cx = s * (b[0] + (f[0] - b[0]) * v)
    min = Math.min(min, L.m.PDW / 2 - Math.abs(x - cx))
  }
  return min
}

/** The entry on the pedicle's back face (offset from its axis, side to side) that keeps the trocar most central. */
function bestTranspedicular(L: VertebraLayout, s: 1 | -1, tip: Vec3): { bone: Vec3; clearance: number } {
  const b = L.pedicleBack
  let best = { bone: [s * b[0], b[1], b[2]] as Vec3, clearance: -Infinity }
  // from the axis outwards, both ways: the entry nearest the axis wins a tie, as the operator starts there
  for (let k = 0; k <= 10 * L.m.PDW; k++) {
    const d = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 0.05
    const bone: Vec3 = [s * (b[0] + d), b[1], b[2]]
    const clearance = pedicleClearance(L, s, bone, tip)
    if (clearance > best.clearance + 1e-3) best = { bone, clearance }
  }
  return best
}

/** Beside the pedicle: into the body's side wall just in front of where the pedicle joins it. */
function extrapedicularEntry(L: VertebraLayout, s: 1 | -1, radius: number): Vec3 {
  const f = L.pedicleFront,
    z = L.zPost + 2
  let x = f[0] + L.m.PDW / 2 + radius
  // out to the body's side surface, then a millimetre back inside it
  while (bodySdf(L, x, f[1], z) < 0 && x < L.m.EPW) x += 0.25
  return [s * Math.max(f[0] + L.m.PDW / 2 + radius, x - 1), f[1], z]
}

/** The largest needle that passes the pedicle with WALL_MM to spare, or the route beside it when none does. */
export function chooseEntry(L: VertebraLayout, s: 1 | -1, tip: Vec3): Entry {
  const way = bestTranspedicular(L, s, tip)
  for (const gauge of [11, 13] as const) {
    if (way.clearance >= GAUGE_MM[gauge].outer / 2 + WALL_MM) return { gauge, route: 'transpedicular', bone: way.bone }
  }
  // lumbar bodies are large and their approach is posterolateral with the usual trocar; thoracic ones take the smaller
  const gauge: Gauge = L.m.level.startsWith('L') ? 11 : 13
  return { gauge, route: 'extrapedicular', bone: extrapedicularEntry(L, s, GAUGE_MM[gauge].outer / 2) }
}
