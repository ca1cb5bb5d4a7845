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

/** "about 4 in 10" for a probability, for patients (natural frequencies). */
export function inTen(p: number): string {
  const n = Math.round(p * 10)
  if (p < 0.05) return `fewer than 1 in 20`
  if (n < 1) return 'about 1 in 10'
  return `about ${n} in 10`
}
