// Playback clock: position = anchor + elapsed x rate, never a sum of frame deltas (no drift). The clock
// is a value; callers pass `now` (ms), so tests drive it without timers.

export const SPEEDS = [0.25, 0.5, 1, 1.5, 2] as const

export interface Clock {
  playing: boolean
  rate: number
  /** presentation time at the anchor, s */
  anchorT: number
  /** wall time of the anchor, ms */
  anchorNow: number
  duration: number
}

export function createClock(duration: number, t = 0): Clock {
  return { playing: false, rate: 1, anchorT: clampTime(t, duration), anchorNow: 0, duration }
}

/** Any time into [0, duration]: NaN and -Infinity go to 0, +Infinity to the end. The one clamp of time. */
export function clampTime(t: number, duration: number): number {
  return Number.isNaN(t) ? 0 : Math.min(duration, Math.max(0, t))
}

export function position(c: Clock, now: number): number {
  if (!c.playing) return c.anchorT
  return clampTime(c.anchorT + ((now - c.anchorNow) / 1000) * c.rate, c.duration)
}

/** Play from the current position; from the end, start over. */
export function play(c: Clock, now: number): Clock {
  const t = position(c, now)
  return { ...c, playing: true, anchorT: t >= c.duration ? 0 : t, anchorNow: now }
}

export function pause(c: Clock, now: number): Clock {
  return { ...c, playing: false, anchorT: position(c, now), anchorNow: now }
}

export function seek(c: Clock, t: number, now: number): Clock {
  return { ...c, anchorT: clampTime(t, c.duration), anchorNow: now }
}

export function setRate(c: Clock, rate: number, now: number): Clock {
  const r = Number.isFinite(rate) && rate > 0 ? rate : 1
  return { ...c, anchorT: position(c, now), anchorNow: now, rate: r }
}

export function setDuration(c: Clock, duration: number, now: number): Clock {
  return { ...c, duration, anchorT: clampTime(position(c, now), duration), anchorNow: now }
}

/** True once a playing clock has reached the end: the driver then pauses it. */
export function ended(c: Clock, now: number): boolean {
  return c.playing && position(c, now) >= c.duration
}
