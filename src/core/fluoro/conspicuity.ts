// How much of each leak a radiograph shows. A leak is seen where its cement lies clear of the cement in the
// body: where the two overlap on the image, the mass is already near black and the leak adds nothing you
// could point at. The cement is projected from the arrival field (the body's frame, as the images are)
// through the same C-arm geometry as the images (carm.ts), one pixel about a voxel.
// Venous leaks are split as in Yeom 2003: type B, by the basivertebral vein out of the back of the body in
// the midline, and type S, by the segmental veins out of its sides (anatomy/features.ts places both).
// Not counted: bone over a leak. The pedicles lie over the canal on a lateral view, so a canal leak shows
// here more often than on real films (Yeom 2003: 2 of 28 identified on radiographs).
import type { Vec3 } from '../anatomy/sdf'
import type { VertebraLayout } from '../anatomy/vertebra'
import { segmentalMouth } from '../anatomy/features'
import { pathwayOf, type VoxelModel } from '../cement/labels'
import type { CementField } from '../cement/field'
import type { Pathway } from '../risk/model'
import { project, type CarmView } from './carm'
import { MU, DISPLAY } from './physics'

export type LeakKind = Exclude<Pathway, 'venous'> | 'basivertebral' | 'segmental'

/** The voxels' cement: the arrival field, and what each voxel is and how much of it cement fills (phi). */
export type CementVoxels = Pick<CementField, 'dims' | 'min' | 'step' | 'arrival'> & Pick<VoxelModel, 'label' | 'phi'>

/**
 * The body's cement hides a leak where it darkens the image this much or more (grey at most 30 % of the
 * soft tissue's: exp(-gain x p) <= 0.3).
 */
const MASKING_P = -Math.log(0.3) / DISPLAY.gain
/** Image grid for the projection, pixels a side: about a voxel at the isocentre. */
const GRID = 128

/** The kind of leak in a voxel, or null while its cement is in the bone (`segmentalX`: where the side veins start). */
function kindAt(label: number, x: number, segmentalX: number): LeakKind | null {
  const p = pathwayOf(label)
  if (p !== 'venous') return p
  return Math.abs(x) >= segmentalX ? 'segmental' : 'basivertebral'
}

/**
 * For each kind of leak present at `volumeMl` injected: its volume (mL) and the share of it the view shows
 * clear of the cement in the body (0 = hidden in the mass, 1 = all of it in the clear).
 */
export function leakConspicuity(
  v: CementVoxels,
  layout: VertebraLayout,
  view: CarmView,
  volumeMl: number,
): Partial<Record<LeakKind, { ml: number; shown: number }>> {
  const [nx, ny, nz] = v.dims,
    s = v.step
  const segmentalX = segmentalMouth(layout).xFrom
  const pixelMm = view.fieldMm / GRID
  const body = new Float32Array(GRID * GRID)
  const leaks: { kind: LeakKind; pixel: number; ml: number }[] = []
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const n = i + nx * (j + ny * k)
        if (!(v.arrival[n] <= volumeMl)) continue
        const p: Vec3 = [v.min[0] + (i + 0.5) * s, v.min[1] + (j + 0.5) * s, v.min[2] + (k + 0.5) * s]
        const at = project(view, p)
        if (!at) continue
        const px = Math.floor(at.u * GRID),
          py = Math.floor(at.v * GRID)
        if (px < 0 || py < 0 || px >= GRID || py >= GRID) continue
        const mm3 = s * s * s * v.phi[n]
        const kind = kindAt(v.label[n], p[0], segmentalX)
        // mu x the cement's length along the ray through this pixel (its volume over the pixel's area)
        if (kind === null) body[px + GRID * py] += (MU.cement * mm3) / (pixelMm * pixelMm)
        else leaks.push({ kind, pixel: px + GRID * py, ml: mm3 / 1000 })
      }
  const out: Partial<Record<LeakKind, { ml: number; shown: number }>> = {}
  for (const l of leaks) {
    const o = (out[l.kind] ??= { ml: 0, shown: 0 })
    o.ml += l.ml
    if (body[l.pixel] < MASKING_P) o.shown += l.ml
  }
  for (const o of Object.values(out)) o!.shown = o!.ml > 0 ? o!.shown / o!.ml : 0
  return out
}
