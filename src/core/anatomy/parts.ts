// Which part of a vertebra a point belongs to, and where each part's label goes. Pure; the scene calls it
// with the point a tap or hover hit, in the vertebra's healthy frame.
import { sdSlab, type Vec3 } from './sdf'
import { bodySdf, type PartId, type VertebraLayout } from './vertebra'

/** The part nearest the point: the body, or the process whose distance is least. */
export function partAt(L: VertebraLayout, x: number, y: number, z: number): PartId {
  let best: PartId = 'body',
    d = bodySdf(L, x, y, z)
  L.parts.forEach((p, i) => {
    const di = sdSlab(x, y, z, p)
    if (di < d) {
      d = di
      best = L.partIds[i]
    }
  })
  return best
}

/**
 * Where each labelled part's tag is anchored: on the part's outer end, outside the bone, so tags sit
 * beside the vertebra and never on the body of the treated one.
 */
export function labelAnchors(L: VertebraLayout): Partial<Record<PartId, Vec3>> {
  const out: Partial<Record<PartId, Vec3>> = { body: [0, 0, L.zAnt + 6] }
  L.parts.forEach((p, i) => {
    const id = L.partIds[i]
    if (id.endsWith('.right')) return // one side is enough for a label
    const end = id.startsWith('pedicle')
      ? [p.a[0] * 0.5 + p.b[0] * 0.5, p.a[1] * 0.5 + p.b[1] * 0.5 + p.hh + p.r + 2, p.a[2] * 0.5 + p.b[2] * 0.5]
      : p.b
    out[id] = [end[0], end[1], end[2]]
  })
  return out
}
