// A procedural vertebra from its level's morphometry: body, pedicles, laminae, spinous and transverse
// processes, articular processes. Frame: millimetres, origin at the body centre, x to the patient's left,
// y cranial, z anterior. The posterior wall of the body is the plane z = -EPD/2.
import { sdEllipse2, sdSlab, smax, smin, slabBounds, normalize, type Slab, type Vec3 } from './sdf'
import { ENDPLATE_CONCAVITY_MM, morphometry, neighbours, type Morphometry } from './morphometry'

/**
 * Proportions of the posterior elements that the morphometry table does not hold yet. They are model
 * proportions chosen to read as a vertebra (not measurements); the anatomy issue replaces them.
 */
const LUMBAR = {
  spinousLength: 30,
  spinousDrop: 6,
  spinousHalfHeight: 7,
  transverseLength: 18,
  transverseBack: 3,
  transverseTipR: 3,
}
const THORACIC = {
  spinousLength: 30,
  spinousDrop: 16,
  spinousHalfHeight: 4,
  transverseLength: 16,
  transverseBack: 10,
  transverseTipR: 4.2,
}

/** The named parts of a vertebra (left = patient's left, +x). */
export type PartId =
  | 'body'
  | 'spinous'
  | 'pedicle.left'
  | 'pedicle.right'
  | 'lamina.left'
  | 'lamina.right'
  | 'transverse.left'
  | 'transverse.right'
  | 'facet.superior.left'
  | 'facet.superior.right'
  | 'facet.inferior.left'
  | 'facet.inferior.right'

export interface VertebraLayout {
  m: Morphometry
  /** posterior wall and anterior surface of the body, z */
  zPost: number
  zAnt: number
  /** height of the body at depth z (linear from posterior to anterior height) */
  heightAt(z: number): number
  /** pedicle centres where they join the body (anterior end) and behind (posterior end), left side (+x) */
  pedicleFront: Vec3
  pedicleBack: Vec3
  /** back of the lamina at the midline, z */
  zLamina: number
  parts: Slab[]
  /** what each of `parts` is, in the same order */
  partIds: PartId[]
  /** each part's padded bounds, flattened [minx, miny, minz, maxx, maxy, maxz] per part, for culling */
  partBounds: Float64Array
  bounds: { min: Vec3; max: Vec3 }
}

/** The smooth union's fillet where a pedicle meets the body takes about this much from each side of the canal, mm. */
const PEDICLE_FILLET_MM = 0.5
/** How far behind the back wall the pedicles are closest together (the blend into the body ends there), mm. */
const PEDICLE_NARROWEST_MM = 0.5

/** Joint space between facing facets (articular cartilage and the joint), mm. */
const FACET_GAP_MM = 1.5
const SUP_R = 2.8,
  INF_R = 2.6

/** The layout of a level as it sits in the spine: its lower facets set to meet the level below. */
export function layoutFor(level: string): VertebraLayout {
  const { above, below } = neighbours(level)
  return vertebraLayout(
    morphometry(level),
    below ? morphometry(below) : undefined,
    above ? morphometry(above) : undefined,
  )
}

/**
 * A vertebra from its morphometry. Given the level below, the inferior articular processes are placed to
 * meet that level's superior ones: medial to them across the joint space, overlapping them in height.
 */
function vertebraLayout(m: Morphometry, below?: Morphometry, above?: Morphometry): VertebraLayout {
  const lumbar = m.level.startsWith('L')
  const P = lumbar ? LUMBAR : THORACIC
  const zPost = -m.EPD / 2,
    zAnt = m.EPD / 2
  const Hmean = (m.VBHa + m.VBHp) / 2
  const heightAt = (z: number) => m.VBHp + ((m.VBHa - m.VBHp) * (z - zPost)) / m.EPD
  const pedLen = m.SCD * 0.55
  const pedY = Hmean * 0.14
  const medial = Math.tan((m.PDA * Math.PI) / 180)
  // the canal is narrowest where the pedicles leave the body: just behind the back wall (past the blend
  // into the body) their inner faces are SCW apart, the minimum interpedicular distance; the axis runs on
  // into the body and spreads out behind at PDA
  const xFront = m.SCW / 2 + m.PDW / 2 + PEDICLE_FILLET_MM - PEDICLE_NARROWEST_MM * Math.max(0, medial)
  const pedicleFront: Vec3 = [xFront - 3 * Math.max(0, medial), pedY, zPost + 3]
  const pedicleBack: Vec3 = [xFront + Math.max(0, pedLen * medial), pedY, zPost - pedLen]
  const zLamina = zPost - m.SCD - 2
  const lamTop = pedY + Hmean * 0.18,
    lamBottom = pedY - Hmean * 0.55
  const lamY = (lamTop + lamBottom) / 2,
    lamHH = (lamTop - lamBottom) / 2
  const parts: Slab[] = []
  const partIds: PartId[] = []
  const up: Vec3 = [0, 1, 0]
  for (const s of [1, -1]) {
    const side = s > 0 ? 'left' : 'right'
    partIds.push(
      `pedicle.${side}`,
      `lamina.${side}`,
      `transverse.${side}`,
      `facet.superior.${side}`,
      `facet.inferior.${side}`,
    )
    const pf: Vec3 = [s * pedicleFront[0], pedicleFront[1], pedicleFront[2]]
    const pb: Vec3 = [s * pedicleBack[0], pedicleBack[1], pedicleBack[2]]
    // pedicle: an oval rod, PDW wide and PDH tall
    parts.push({ a: pf, b: pb, up, hh: Math.max(0, (m.PDH - m.PDW) / 2), r: m.PDW / 2 })
    // lamina: a tall plate from the pedicle's back to the midline, roofing the canal
    parts.push({ a: [pb[0] - s * 1.5, lamY, pb[2] - 1], b: [0, lamY, zLamina], up, hh: lamHH, r: 2.6 })
    // transverse process: lateral from the pedicle-lamina junction
    const tpTip: Vec3 = [s * (Math.abs(pb[0]) + P.transverseLength), pedY + 1, pb[2] - P.transverseBack]
    // (thoracic ones are stout and club-shaped: the rib's tubercle rests on the front of the tip)
    parts.push({
      a: [pb[0], pedY, pb[2] - 1],
      b: tpTip,
      up: normalize([0, 1, 0.15]),
      hh: 2.5,
      r: 3,
      rb: P.transverseTipR,
    })
    // superior articular process: up from the pedicle's back, its facet facing medially
    const sup = superiorFacet(m, above, s)
    parts.push({ a: sup.a, b: sup.b, up: sup.up, hh: 2.5, r: SUP_R })
    // inferior articular process: down from the lamina to meet the superior process of the level below
    const inf = inferiorFacet(m, below, s)
    parts.push({ a: [inf.x, lamBottom + 3, inf.zTop], b: [inf.x, inf.bottom, inf.z], up: inf.up, hh: 2.5, r: INF_R })
  }
  // spinous process: back (and, in the thoracic spine, down) from where the laminae meet
  parts.push({
    a: [0, lamY, zLamina + 1],
    b: [0, lamY - P.spinousDrop, zLamina - P.spinousLength],
    up: normalize([0, 1, -0.2]),
    hh: P.spinousHalfHeight,
    r: 2.6,
  })
  partIds.push('spinous')

  const min: Vec3 = [(-m.EPW / 2) * 1.05, -Math.max(m.VBHa, m.VBHp) / 2, zPost - 1]
  const max: Vec3 = [(m.EPW / 2) * 1.05, Math.max(m.VBHa, m.VBHp) / 2, zAnt + 1]
  const partBounds = new Float64Array(parts.length * 6)
  parts.forEach((p, n) => {
    const b = slabBounds(p)
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i], b.min[i])
      max[i] = Math.max(max[i], b.max[i])
      partBounds[n * 6 + i] = b.min[i]
      partBounds[n * 6 + 3 + i] = b.max[i]
    }
  })
  return {
    m,
    zPost,
    zAnt,
    heightAt,
    pedicleFront,
    pedicleBack,
    zLamina,
    parts,
    partIds,
    partBounds,
    bounds: { min, max },
  }
}

/** The endplate dish spans the central 70 % of the diameter: r^2 < 0.7^2 (Wang 2012). */
const DISH_R2 = 0.49

/** Signed distance to the vertebral body alone: waisted, elliptical, flat posterior wall, concave endplates. */
export function bodySdf(L: VertebraLayout, x: number, y: number, z: number): number {
  const { m } = L
  const rz = (m.EPD / 2) * 1.12 // ellipse reaching past the posterior wall, then cut flat there
  const cz = m.EPD / 2 - rz
  const H = L.heightAt(z)
  const t = Math.min(1, Math.abs(y) / (H / 2))
  const waist = 1 - 0.06 * (1 - t * t)
  const ell = sdEllipse2(x, z - cz, (m.EPW / 2) * waist, rz * waist)
  // the endplate is a dish over the central ~70 % of its diameter inside a flat rim (Wang 2012)
  const r2 = (x * x) / (m.EPW / 2) ** 2 + (z * z) / (m.EPD / 2) ** 2
  const dish = r2 < DISH_R2 ? (1 - r2 / DISH_R2) ** 2 : 0
  const top = y - (H / 2 - ENDPLATE_CONCAVITY_MM.cranial * dish)
  const bottom = -H / 2 + ENDPLATE_CONCAVITY_MM.caudal * dish - y
  const back = L.zPost - z
  // modest blends: the rim of a real body (the ring apophysis) is fairly sharp
  return smax(smax(smax(ell, back, 1.5), top, 1.2), bottom, 1.2)
}

const BLEND = 2.2

export function vertebraSdf(L: VertebraLayout, x: number, y: number, z: number): number {
  let d = bodySdf(L, x, y, z)
  const B = L.partBounds
  for (let n = 0; n < L.parts.length; n++) {
    // distance to the part's box is a lower bound on its distance; past d + BLEND it cannot change d
    const o = n * 6
    const dx = Math.max(B[o] - x, 0, x - B[o + 3]),
      dy = Math.max(B[o + 1] - y, 0, y - B[o + 4]),
      dz = Math.max(B[o + 2] - z, 0, z - B[o + 5])
    if (dx * dx + dy * dy + dz * dz >= (d + BLEND) * (d + BLEND) && d + BLEND > 0) continue
    d = smin(d, sdSlab(x, y, z, L.parts[n]), BLEND)
  }
  return d
}

/** The disc below a vertebra, in that vertebra's frame: between its lower endplate and the next one down. */
export function discSdf(upper: VertebraLayout, lower: VertebraLayout, x: number, y: number, z: number): number {
  const { m } = upper
  const top = -upper.heightAt(z) / 2
  const gap = m.discBelow
  const bottom = lowerOffsetY(upper, lower) + lower.heightAt(z) / 2
  const bulge = 1 + 0.04 * Math.sin((Math.PI * (y - bottom)) / gap) // the annulus bulges a little
  const w = (Math.min(m.EPW, lower.m.EPW) / 2) * 0.97 * bulge
  const d = (Math.min(m.EPD, lower.m.EPD) / 2) * 0.97 * bulge
  const ell = sdEllipse2(x, z, w, d)
  // overlap the endplates by 0.6 mm so no light shows through the joint
  return smax(smax(ell, y - (top + 0.6), 1), bottom - 0.6 - y, 1)
}

/** Where the vertebra below sits in this vertebra's frame (y of its centre): mean heights plus the disc. */
export function lowerOffsetY(upper: VertebraLayout, lower: VertebraLayout): number {
  const hu = (upper.m.VBHa + upper.m.VBHp) / 2,
    hl = (lower.m.VBHa + lower.m.VBHp) / 2
  return -(hu / 2 + upper.m.discBelow + hl / 2)
}

/** A level's pedicle back, height of the pedicles and mean body height (shared by the facet helpers). */
function pedicleFrame(m: Morphometry) {
  const Hmean = (m.VBHa + m.VBHp) / 2,
    pedLen = m.SCD * 0.55
  const xBack = m.SCW / 2 + m.PDW / 2 + PEDICLE_FILLET_MM + Math.max(0, pedLen * Math.tan((m.PDA * Math.PI) / 180))
  return { Hmean, pedY: Hmean * 0.14, xBack, zBack: -m.EPD / 2 - pedLen }
}

/**
 * The superior articular process of side s: from the pedicle's back up and a little out, as high as it can
 * rise (up to 0.62 of the body height above the pedicles) while its tip stays a joint space below the
 * lamina of the level above.
 */
function superiorFacet(m: Morphometry, above: Morphometry | undefined, s: number): { a: Vec3; b: Vec3; up: Vec3 } {
  const f = pedicleFrame(m)
  let rise = f.Hmean * 0.62
  if (above) {
    const up = pedicleFrame(above)
    const dy = up.Hmean / 2 + above.discBelow + f.Hmean / 2
    const laminaBottom = up.pedY - up.Hmean * 0.55 - 2.6 + dy // its lower surface, in this level's frame
    rise = Math.min(rise, laminaBottom - FACET_GAP_MM - SUP_R - f.pedY)
  }
  if (coronal(m.level)) {
    // thoracic: a plate broad across the body, its facet facing back (the level above's inferior facet behind it)
    return {
      a: [s * f.xBack, f.pedY + 2, f.zBack],
      b: [s * f.xBack, f.pedY + Math.max(4, rise), f.zBack],
      up: [1, 0, 0],
    }
  }
  return {
    a: [s * f.xBack, f.pedY + 2, f.zBack - 2],
    b: [s * (f.xBack + 0.5), f.pedY + Math.max(4, rise), f.zBack - 5],
    up: [0, 0, 1],
  }
}

/** Thoracic superior facets lie in the coronal plane; lumbar ones face each other across the sagittal plane. */
function coronal(level: string): boolean {
  return level.startsWith('T')
}

/**
 * The inferior articular process of side s, in this level's frame: medial to the superior processes of the
 * level below, reaching down beside them, its rounded end a joint space clear of that level's lamina.
 */
function inferiorFacet(
  m: Morphometry,
  below: Morphometry | undefined,
  s: number,
): { x: number; z: number; zTop: number; bottom: number; up: Vec3 } {
  const self = pedicleFrame(m)
  let bottom = -self.Hmean / 2 - m.discBelow * 0.7
  if (!below) return { x: s * (self.xBack - 5.5), z: self.zBack - 5.5, zTop: self.zBack - 5.5, bottom, up: [0, 0, 1] }
  const lo = pedicleFrame(below)
  const dy = self.Hmean / 2 + m.discBelow + lo.Hmean / 2 // this level's centre above the one below
  const laminaTop = lo.pedY + lo.Hmean * 0.18 + 2.6 // its upper surface, as vertebraLayout builds it
  bottom = Math.max(bottom, laminaTop + FACET_GAP_MM + INF_R - dy)
  if (coronal(below.level)) {
    // behind the thoracic superior facet below, across the joint space, hanging down and back from the lamina
    const z = lo.zBack - SUP_R - FACET_GAP_MM - INF_R
    return { x: s * lo.xBack, z, zTop: self.zBack - 1, bottom, up: [1, 0, 0] }
  }
  // lumbar: medial to the superior facet below (which leans out 0.5 mm over its height), across the joint space
  const x = lo.xBack + 0.25 - SUP_R - FACET_GAP_MM - INF_R
  return { x: s * x, z: self.zBack - 5.5, zTop: self.zBack - 5.5, bottom, up: [0, 0, 1] }
}
