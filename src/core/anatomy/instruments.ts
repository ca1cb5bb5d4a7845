// Where the instruments go, from the treated level's layout: the trocar's path through the pedicle into the
// front third of the body, the balloons of kyphoplasty, and the skin. Frame as in vertebra.ts.
import { GRADE_LOSS, type CaseParams } from '../case'
import type { Vec3 } from './sdf'
import type { VertebraLayout } from './vertebra'
import { BALLOON_MAX_ML, balloonSizeFor, contactMl } from './balloon'
import { deformY } from './fracture'
import { chooseEntry, GAUGE_MM, type Gauge, type Route } from './needleRoute'

/** How far in front of the back wall kyphoplasty's working cannula stops, mm ("just past the posterior wall"). */
const CANNULA_PAST_WALL_MM = 3

/** Depth of skin and muscle behind the laminae, mm: a typical lumbar value, not a measurement. */
const SOFT_TISSUE_MM = 45

export interface NeedlePath {
  /** skin entry, where the trocar starts */
  skin: Vec3
  /** posterior cortex of the pedicle, where it enters bone */
  bone: Vec3
  /** final tip position in the front third of the body */
  tip: Vec3
  /** unit direction from skin to tip */
  dir: Vec3
  /** full insertion depth from the skin, mm */
  lengthMm: number
  /** depth from the skin at which kyphoplasty's working cannula stops, its tip just past the body's back wall, mm */
  cannulaMm: number
  /** the trocar that fits this level (needleRoute.ts): its gauge, outer radius and way in */
  gauge: Gauge
  radiusMm: number
  route: Route
}

export type BalloonEnd = 'volume-limit' | 'cavity-size' | 'walls' | 'lift'

export interface InstrumentLayout {
  needles: NeedlePath[]
  /** balloon centres (kyphoplasty), one per needle */
  balloonCentres: Vec3[]
  /** inflation per balloon at the end of inflation, mL */
  balloonMl: number
  /**
   * why the inflation stopped where it did: the tamp's volume limit, the cavity the planned cement needs, the
   * balloon pressing on the walls (past that it could break an endplate), or just past where it began to lift
   */
  balloonEnd: BalloonEnd
  /** the balloon's nominal length (10, 15 or 20 mm), the largest that fits the body */
  balloonMm: number
  /** fill (mL) at which each balloon meets both endplates of the collapsed body and starts to lift */
  contactMl: number
  skinZ: number
}

/**
 * The trocar's line as it is driven: from its skin entry toward the planned tip in the collapsed body (it is
 * placed after the fracture and before any restoration), and how far it goes.
 */
export function needleAim(
  path: NeedlePath,
  c: Pick<CaseParams, 'morph'>,
  L: VertebraLayout,
  loss: number,
): { origin: Vec3; dir: Vec3; length: number } {
  const tip: Vec3 = [path.tip[0], deformY(c.morph, L, loss, path.tip[0], path.tip[1], path.tip[2]), path.tip[2]]
  const d = sub(tip, path.skin),
    length = len(d)
  return { origin: path.skin, dir: [d[0] / length, d[1] / length, d[2] / length], length }
}

/** The trocar's tip when it has gone `depthMm` from the skin (never past its planned tip). */
export function needleTip(aim: { origin: Vec3; dir: Vec3; length: number }, depthMm: number): Vec3 {
  return add(aim.origin, aim.dir, Math.max(0, Math.min(aim.length, depthMm)))
}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const add = (a: Vec3, b: Vec3, s = 1): Vec3 => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s]
const len = (a: Vec3) => Math.hypot(a[0], a[1], a[2])

export function instrumentLayout(
  L: VertebraLayout,
  c: Pick<CaseParams, 'approach' | 'vol' | 'proc' | 'morph' | 'grade'>,
): InstrumentLayout {
  const { m } = L
  const skinZ = L.zLamina - SOFT_TISSUE_MM
  // tip a quarter of the depth behind the front wall: inside the anterior third (openradiology.org: "needle
  // tip in the anterior third"), with room for the cement to spread around it
  const tipZ = L.zAnt - m.EPD / 4
  const sides = c.approach === 'bi' ? [1, -1] : [1]
  const needles = sides.map((s): NeedlePath => {
    // unipedicular: aim for the midline; bipedicular: each tip a fifth of the width off the midline
    const tip: Vec3 = [c.approach === 'bi' ? (s * m.EPW) / 5 : s * 2, 0, tipZ]
    const { gauge, route, bone } = chooseEntry(L, s as 1 | -1, tip)
    const d = sub(tip, bone)
    const dir: Vec3 = [d[0] / len(d), d[1] / len(d), d[2] / len(d)]
    const back = (bone[2] - skinZ) / dir[2] // distance from the bone entry back to the skin plane
    const skin = add(bone, dir, -back)
    // the working cannula's tip 3 mm in front of the back wall, where the pedicle has joined the body
    const cannulaMm = Math.min(len(sub(tip, skin)), (L.zPost + CANNULA_PAST_WALL_MM - skin[2]) / dir[2])
    return {
      skin,
      bone,
      tip,
      dir,
      lengthMm: len(sub(tip, skin)),
      cannulaMm,
      gauge,
      radiusMm: GAUGE_MM[gauge].outer / 2,
      route,
    }
  })
  const n = needles.length
  // kyphoplasty inflation ~ cement volume, ~2.4 mL per side (FREE trial 24-month report), at most 3 mL each
  const balloonMm = balloonSizeFor(m.EPD)
  // the balloon's front end sits at the needle tip: it opens behind the tip, in the middle of the body
  const balloonCentres = needles.map((nd) => add(nd.tip, nd.dir, -balloonMm / 2))
  // it meets the endplates when it is as wide as the collapsed body is tall where it sits
  const [bx, , bz] = balloonCentres[0],
    H = L.heightAt(bz),
    loss = GRADE_LOSS[c.grade]
  const localH = deformY(c.morph, L, loss, bx, H / 2, bz) - deformY(c.morph, L, loss, bx, -H / 2, bz)
  const contact = contactMl(balloonMm, localH)
  // inflated past contact to lift, towards the cement volume it is to hold, but not so far past contact
  // that it would burst the walls of a small body; at most 3 mL
  const forCement = (c.vol * 0.9) / n,
    walls = contact * 1.8 + 0.3
  const balloonMl = Math.min(BALLOON_MAX_ML, Math.max(0.8, contact + 0.3, Math.min(forCement, walls)))
  // which end point stopped the inflation
  const balloonEnd: BalloonEnd =
    balloonMl >= BALLOON_MAX_ML - 1e-9
      ? 'volume-limit'
      : balloonMl > Math.min(forCement, walls) + 1e-9
        ? 'lift'
        : forCement <= walls
          ? 'cavity-size'
          : 'walls'
  return { needles, balloonCentres, balloonMl, balloonMm, balloonEnd, contactMl: contact, skinZ }
}
