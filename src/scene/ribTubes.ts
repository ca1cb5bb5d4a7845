// The ribs of a thoracic level as tubes along their centre lines (core/anatomy/ribs.ts); none for a lumbar
// level. The caller owns (and disposes) the geometries.
import { BufferAttribute, CatmullRomCurve3, TubeGeometry, Vector3, type BufferGeometry } from 'three'
import { layoutFor } from '../core/anatomy/vertebra'
import { hasRibs, ribPath, RIB_RADIUS_MM } from '../core/anatomy/ribs'

const TUBULAR = 48,
  RADIAL = 12

/** Left then right rib; `capped` closes the ends, for a pass that needs a closed surface (the radiograph). */
export function ribTubes(level: string, capped = false): BufferGeometry[] {
  if (!hasRibs(level)) return []
  const L = layoutFor(level)
  return ([1, -1] as const).map((s) => {
    const curve = new CatmullRomCurve3(ribPath(L, s).map((p) => new Vector3(...p)))
    const tube = new TubeGeometry(curve, TUBULAR, RIB_RADIUS_MM, RADIAL, false)
    return capped ? capEnds(tube, curve) : tube
  })
}

/**
 * Closes a tube with a fan over each end ring, on the ring's own vertices so the surface stays watertight
 * (a separate disc would not meet the ring exactly, and rays along the tube would see the seam).
 */
function capEnds(tube: TubeGeometry, curve: CatmullRomCurve3): BufferGeometry {
  const pos = tube.getAttribute('position'),
    nor = tube.getAttribute('normal')
  const n = pos.count,
    ring = RADIAL + 1,
    last = TUBULAR * ring
  const positions = new Float32Array((n + 2) * 3),
    normals = new Float32Array((n + 2) * 3)
  positions.set(pos.array as Float32Array)
  normals.set(nor.array as Float32Array)
  const ends = [
    [0, curve.getPointAt(0), curve.getTangentAt(0).negate()],
    [1, curve.getPointAt(1), curve.getTangentAt(1)],
  ] as const
  ends.forEach(([i, p, t]) => {
    positions.set([p.x, p.y, p.z], (n + i) * 3)
    normals.set([t.x, t.y, t.z], (n + i) * 3)
  })
  const index = Array.from(tube.getIndex()!.array)
  for (let j = 0; j < RADIAL; j++) {
    index.push(n, j, j + 1) // start: facing back along the curve
    index.push(n + 1, last + j + 1, last + j) // end: facing on
  }
  tube.setAttribute('position', new BufferAttribute(positions, 3))
  tube.setAttribute('normal', new BufferAttribute(normals, 3))
  tube.setIndex(index)
  tube.deleteAttribute('uv')
  return tube
}
