// Keyframe tracks (Theatre-shaped): sorted keyframes, each easing the segment that leaves it.
// sample() is a binary search: O(log n), pure, total.

export type Ease = 'linear' | 'smooth' | 'hold'
export interface Keyframe {
  t: number
  v: number
  ease?: Ease
}
export type Track = readonly Keyframe[]

const smooth = (u: number) => u * u * (3 - 2 * u)

/** Value of a track at t. Before the first key: its value; after the last: the last value. */
export function sample(track: Track, t: number): number {
  const n = track.length
  if (n === 0) return 0
  if (!(t > track[0].t)) return track[0].v // also catches NaN
  if (t >= track[n - 1].t) return track[n - 1].v
  let lo = 0,
    hi = n - 1 // track[lo].t <= t < track[hi].t
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (track[mid].t <= t) lo = mid
    else hi = mid
  }
  const a = track[lo],
    b = track[hi]
  const ease = a.ease ?? 'smooth'
  if (ease === 'hold') return a.v
  const u = (t - a.t) / (b.t - a.t)
  return a.v + (b.v - a.v) * (ease === 'linear' ? u : smooth(u))
}

/** A small builder: keys in time order; `to` holds the previous value until `from`, then moves to v by `until`. */
export class TrackBuilder {
  private keys: Keyframe[] = []
  constructor(initial: number) {
    this.keys.push({ t: 0, v: initial })
  }
  /** A builder that goes on from another's keys so far (the other is left as it is). */
  static from(other: TrackBuilder): TrackBuilder {
    const b = new TrackBuilder(0)
    b.keys = [...other.build()]
    return b
  }
  get last(): number {
    return this.keys[this.keys.length - 1].v
  }
  to(from: number, until: number, v: number, ease: Ease = 'smooth'): this {
    const prev = this.keys[this.keys.length - 1]
    if (from < prev.t || until < from) throw new Error(`keys out of order at ${from}..${until}`)
    if (from > prev.t) this.keys.push({ t: from, v: prev.v })
    this.keys[this.keys.length - 1] = { ...this.keys[this.keys.length - 1], ease }
    this.keys.push({ t: until, v })
    return this
  }
  build(): Track {
    return this.keys.map((k) => ({ ...k }))
  }
}
