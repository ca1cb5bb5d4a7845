// Numbers as the words show them: percentages, clock times, ratios. Pure, shared by the DOM and the 3D tags.
/** 0.0123 -> "1.2%", 0.547 -> "55%", 0.0004 -> "<0.1%". */
export function percent(p: number): string {
  if (!Number.isFinite(p) || p <= 0) return '0%'
  if (p < 0.001) return '<0.1%'
  if (p < 0.1) return `${(p * 100).toFixed(1)}%`
  return `${Math.round(p * 100)}%`
}

/** 65.3 -> "1:05" */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** A ratio for the factor table: 5.56 -> "×5.6", 0.452 -> "×0.45", about 1 -> "1×". */
export function times(r: number): string {
  if (!Number.isFinite(r)) return '–'
  if (Math.abs(r - 1) < 0.005) return '1×'
  return `×${r >= 10 ? Math.round(r) : r >= 1 ? r.toFixed(1) : r.toFixed(2)}`
}

/** "55%", or "55% (38-74%)" when the ends round differently. */
export function withRange(p: number, range: readonly [number, number]): string {
  const [a, b] = [percent(range[0]), percent(range[1])]
  return a === b ? percent(p) : `${percent(p)} (${a.replace('%', '')}–${b})`
}
