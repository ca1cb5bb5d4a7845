// Signed-distance primitives and operators, in millimetres. Negative inside.
export type Vec3 = [number, number, number]

/** Polynomial smooth minimum (union) with blend radius k (Quilez). */
export function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.min(a, b) - h * h * k * 0.25
}

/** Smooth maximum (intersection). */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k)
}

/**
 * A rounded slab swept along segment a-b: cross-section is a stadium of half-height `hh` along `up`
 * (unit, roughly perpendicular to b-a) and radius r. hh = 0 gives a capsule.
 */
/** A rounded plate from a to b, 2 hh tall along up, r thick; rb, when given, is the radius at b (a club). */
export interface Slab {
  a: Vec3
  b: Vec3
  up: Vec3
  hh: number
  r: number
  rb?: number
}

export function sdSlab(px: number, py: number, pz: number, s: Slab): number {
  const bax = s.b[0] - s.a[0],
    bay = s.b[1] - s.a[1],
    baz = s.b[2] - s.a[2]
  const pax = px - s.a[0],
    pay = py - s.a[1],
    paz = pz - s.a[2]
  const len2 = bax * bax + bay * bay + baz * baz
  const h = Math.min(1, Math.max(0, (pax * bax + pay * bay + paz * baz) / len2))
  const qx = pax - bax * h,
    qy = pay - bay * h,
    qz = paz - baz * h
  const qu = qx * s.up[0] + qy * s.up[1] + qz * s.up[2]
  const ex = Math.max(Math.abs(qu) - s.hh, 0)
  const rx = qx - s.up[0] * qu,
    ry = qy - s.up[1] * qu,
    rz = qz - s.up[2] * qu
  const r = s.rb === undefined ? s.r : s.r + (s.rb - s.r) * h // a gentle taper: close enough to a distance
  return Math.sqrt(ex * ex + rx * rx + ry * ry + rz * rz) - r
}

/** Approximate distance to an axis-aligned ellipse in the xz plane (exact on circles). */
export function sdEllipse2(x: number, z: number, rx: number, rz: number): number {
  const k = Math.sqrt((x * x) / (rx * rx) + (z * z) / (rz * rz))
  return (k - 1) * Math.min(rx, rz)
}

/** Axis-aligned bounds of a slab, padded by its radius and half-height. */
export function slabBounds(s: Slab): { min: Vec3; max: Vec3 } {
  const pad = Math.max(s.r, s.rb ?? 0) + s.hh
  return {
    min: [Math.min(s.a[0], s.b[0]) - pad, Math.min(s.a[1], s.b[1]) - pad, Math.min(s.a[2], s.b[2]) - pad],
    max: [Math.max(s.a[0], s.b[0]) + pad, Math.max(s.a[1], s.b[1]) + pad, Math.max(s.a[2], s.b[2]) + pad],
  }
}

export function normalize(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]) || 1
  return [v[0] / l, v[1] / l, v[2] / l]
}
