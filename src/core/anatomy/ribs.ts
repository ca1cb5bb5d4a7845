// The back of each rib at a thoracic level: its head against the body beside the pedicle, its tubercle at
// the tip of the transverse process, then the angle, where it turns out, down and forward. Only this first
// part is drawn (context for the level); T11 and T12 carry short floating ribs. Frame as in vertebra.ts.
import type { Vec3 } from './sdf'
import type { VertebraLayout } from './vertebra'

/** Rib thickness (radius of the drawn tube), mm: a typical value, not a measurement. */
export const RIB_RADIUS_MM = 4.5

export function hasRibs(level: string): boolean {
  return level.startsWith('T')
}

/** The rib's centre line on side s (1 = patient's left), from head to where the drawing stops. */
export function ribPath(L: VertebraLayout, s: 1 | -1): Vec3[] {
  const tp = L.parts[L.partIds.indexOf(s > 0 ? 'transverse.left' : 'transverse.right')]
  const H = (L.m.VBHa + L.m.VBHp) / 2
  const floating = L.m.level === 'T11' || L.m.level === 'T12'
  const head: Vec3 = [s * (L.m.EPW / 2 - 1), H * 0.32, L.zPost + 4]
  const tubercle: Vec3 = [tp.b[0] + s * 1.5, tp.b[1] - 2, tp.b[2] + 5] // in front of the process's tip
  const angle: Vec3 = [tubercle[0] + s * 18, tubercle[1] - 6, tubercle[2] - 4]
  const pts: Vec3[] = [
    head,
    [(head[0] + tubercle[0]) / 2, (head[1] + tubercle[1]) / 2, (head[2] + tubercle[2]) / 2 - 2],
    tubercle,
    angle,
  ]
  // a little past the angle: enough to read as a rib without closing in on the view
  pts.push(
    floating ? [angle[0] + s * 10, angle[1] - 8, angle[2] + 10] : [angle[0] + s * 14, angle[1] - 12, angle[2] + 18],
  )
  return pts
}
