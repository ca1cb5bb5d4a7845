// The safety rule of transpedicular needle placement, read off the two images as the operator reads it: on
// the AP image the tip must not cross the medial wall of the pedicle before, on the lateral image, it has
// reached the posterior wall of the body (clinical-facts.md section 8; openradiology.org, alpfmedical.info).
// Crossing the medial wall early means the tip may be in the spinal canal.
import type { Vec3 } from '../anatomy/sdf'
import type { VertebraLayout } from '../anatomy/vertebra'
import { needleAim, needleTip, type NeedlePath } from '../anatomy/instruments'
import type { Morphology } from '../case'
import { project, type CarmView, type Projection } from './carm'
import { stopLineZ } from '../cement/stop'

export type RulePhase = 'outside' | 'pedicle' | 'body' | 'breach'

export interface NeedleRule {
  /** which pedicle: 1 the patient's left, -1 the right */
  side: 1 | -1
  tip: Vec3
  /** on the AP image, how far the trocar's medial edge (its axis less its radius) is lateral of the pedicle's medial wall, mm at the isocentre (< 0: medial of it) */
  lateralOfMedialMm: number
  /** on the lateral image, how far the tip is in front of the posterior wall of the body, mm (< 0: behind it) */
  pastWallMm: number
  phase: RulePhase
}

/** The pedicle's medial wall on the AP image: its most medial point's u, and its top and bottom v. */
export function medialWall(
  L: VertebraLayout,
  ap: CarmView,
  side: 1 | -1,
): { u: number; vTop: number; vBottom: number } {
  const { m } = L
  const r = m.PDW / 2,
    hh = Math.max(0, (m.PDH - m.PDW) / 2) + r
  let u = side > 0 ? Infinity : -Infinity,
    vTop = Infinity,
    vBottom = -Infinity
  for (let i = 0; i <= 8; i++) {
    const k = i / 8
    const x = L.pedicleFront[0] + (L.pedicleBack[0] - L.pedicleFront[0]) * k
    const y = L.pedicleFront[1] + (L.pedicleBack[1] - L.pedicleFront[1]) * k
    const z = L.pedicleFront[2] + (L.pedicleBack[2] - L.pedicleFront[2]) * k
    const inner = project(ap, [side * (x - r), y, z])
    const top = project(ap, [side * x, y + hh, z]),
      bottom = project(ap, [side * x, y - hh, z])
    if (!inner || !top || !bottom) continue
    u = side > 0 ? Math.min(u, inner.u) : Math.max(u, inner.u)
    vTop = Math.min(vTop, top.v)
    vBottom = Math.max(vBottom, bottom.v)
  }
  return { u, vTop, vBottom }
}

/** A vertical line across the body at depth z on the lateral image, the height of its current (collapsed) body. */
function lateralLine(
  L: VertebraLayout,
  lateral: CarmView,
  heightMm: number,
  z: number,
): { u: number; vTop: number; vBottom: number } {
  const bottom = -(L.m.VBHa + L.m.VBHp) / 4
  const a = project(lateral, [0, bottom + heightMm, z]),
    b = project(lateral, [0, bottom, z])
  return { u: a ? a.u : 0.5, vTop: a ? a.v : 0.4, vBottom: b ? b.v : 0.6 }
}

/** The posterior wall of the body on the lateral image. */
export function posteriorWall(
  L: VertebraLayout,
  lateral: CarmView,
  heightMm: number,
): { u: number; vTop: number; vBottom: number } {
  return lateralLine(L, lateral, heightMm, L.zPost)
}

/** The stop line on the lateral image, where cement/stop.ts stops the injection. */
export function stopLine(
  L: VertebraLayout,
  lateral: CarmView,
  heightMm: number,
): { u: number; vTop: number; vBottom: number } {
  return lateralLine(L, lateral, heightMm, stopLineZ(L))
}

/** The rule for one needle at an insertion depth, with the two views it is read on. */
export function needleRule(
  path: NeedlePath,
  side: 1 | -1,
  depthMm: number,
  L: VertebraLayout,
  c: { morph: Morphology },
  loss: number,
  views: Record<Projection, CarmView>,
): NeedleRule {
  const tip = needleTip(needleAim(path, c, L, loss), depthMm)
  const wallAp = medialWall(L, views.ap, side)
  const onAp = project(views.ap, tip),
    onLat = project(views.lateral, tip)
  const wallLat = project(views.lateral, [tip[0], tip[1], L.zPost])
  // the trocar is as wide as its gauge: its medial edge, not its axis, is what must stay inside the pedicle
  const lateralOfMedialMm = onAp ? side * (onAp.u - wallAp.u) * views.ap.fieldMm - path.radiusMm : 0
  // anterior is to the left of the lateral image
  const pastWallMm = onLat && wallLat ? (wallLat.u - onLat.u) * views.lateral.fieldMm : 0
  const inBone = tip[2] > path.bone[2] - 0.5
  // beside the pedicle (extrapedicular) the trocar enters the body past its back wall: the rule has nothing to read
  const phase: RulePhase = !inBone
    ? 'outside'
    : pastWallMm >= 0
      ? 'body'
      : lateralOfMedialMm < 0 && path.route === 'transpedicular'
        ? 'breach'
        : 'pedicle'
  return { side, tip, lateralOfMedialMm, pastWallMm, phase }
}

/**
 * The smallest AP margin (mm lateral of the medial wall) the tip keeps until, on the lateral image, it
 * reaches the posterior wall: positive means the planned path keeps the rule all the way.
 */
export function ruleMargin(
  path: NeedlePath,
  side: 1 | -1,
  L: VertebraLayout,
  c: { morph: Morphology },
  loss: number,
  views: Record<Projection, CarmView>,
): number {
  const aim = needleAim(path, c, L, loss)
  let margin = Infinity
  for (let d = 0; d <= aim.length; d += 0.25) {
    const r = needleRule(path, side, d, L, c, loss, views)
    if (r.pastWallMm >= 0) break
    if (r.phase !== 'outside') margin = Math.min(margin, r.lateralOfMedialMm)
  }
  return margin
}
