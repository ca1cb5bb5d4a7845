// A colour-blind-safe sequential scale for risk (ColorBrewer YlOrRd, 5 classes), by probability.
export const RISK_STOPS: readonly [number, string][] = [
  [0, '#ffffb2'],
  [0.05, '#fecc5c'],
  [0.15, '#fd8d3c'],
  [0.3, '#f03b20'],
  [0.5, '#bd0026'],
]

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))

/** Colour for a probability, interpolated between the stops; NaN and negatives take the first stop. */
export function riskColor(p: number): string {
  const x = Number.isFinite(p) ? p : 0
  if (x <= RISK_STOPS[0][0]) return RISK_STOPS[0][1]
  for (let i = 1; i < RISK_STOPS.length; i++) {
    const [t1, c1] = RISK_STOPS[i]
    if (x <= t1) {
      const [t0, c0] = RISK_STOPS[i - 1]
      const u = (x - t0) / (t1 - t0)
      const a = hex(c0),
        b = hex(c1)
      return (
        '#' +
        a
          .map((v, k) =>
            Math.round(v + (b[k] - v) * u)
              .toString(16)
              .padStart(2, '0'),
          )
          .join('')
      )
    }
  }
  return RISK_STOPS[RISK_STOPS.length - 1][1]
}
