// When each plane's image of the bones is taken again. The bones move only while the body collapses or is
// lifted; then the two planes are pulsed in turn, so that one tube's scatter does not fog the other's
// image (cross-scatter between the planes of biplane fluoroscopy cut contrast-to-noise by 5-36 % in
// phantoms: J Med Imaging 2015;2(4), epublications.marquette.edu/bioengin_fac/443). Each plane keeps
// showing its last image between its pulses (last image hold).
import { PROJECTIONS, type Projection } from './carm'
import { PULSES_PER_SECOND } from './physics'

/** What a plane's bone image shows: the collapse it was taken at, and when. */
interface Exposure {
  loss: number
  atMs: number
}

export type Exposures = Partial<Record<Projection, Exposure>>

/** Every plane shows this moment: nothing to do (shared, so a still frame allocates nothing). */
const UP_TO_DATE: Readonly<{ due: Projection[]; pending: boolean }> = Object.freeze({ due: [], pending: false })

/**
 * The planes to image now, and whether a plane is still out of date after that (so another frame is
 * wanted). A plane with no image yet (a new case, level or size: the caller empties `shown`) is imaged at
 * once, and so is every out-of-date plane when the timeline is not playing (a jump or a scrub shows both
 * images of that moment). While playing, a plane whose image shows another collapse waits for its turn:
 * one pulse at a time, at most PULSES_PER_SECOND, the plane imaged longest ago first.
 */
export function exposuresDue(
  shown: Exposures,
  loss: number,
  nowMs: number,
  playing = true,
): Readonly<{ due: readonly Projection[]; pending: boolean }> {
  if (shown.lateral?.loss === loss && shown.ap?.loss === loss) return UP_TO_DATE
  const missing = PROJECTIONS.filter((p) => !shown[p])
  const stale = PROJECTIONS.filter((p) => shown[p] && shown[p].loss !== loss)
  if (!playing) return { due: [...missing, ...stale], pending: false }
  if (missing.length) return { due: missing, pending: stale.length > 0 }
  const last = Math.max(...PROJECTIONS.map((p) => shown[p]!.atMs))
  if (nowMs - last < 1000 / PULSES_PER_SECOND) return { due: [], pending: true }
  const oldest = stale.reduce((a, b) => (shown[b]!.atMs < shown[a]!.atMs ? b : a))
  return { due: [oldest], pending: stale.length > 1 }
}
