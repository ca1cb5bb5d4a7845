import { describe, expect, it } from 'vitest'
import { MORPHO_LEVELS } from '../../src/core/anatomy/morphometry'
import { layoutFor, lowerOffsetY, vertebraSdf, type VertebraLayout } from '../../src/core/anatomy/vertebra'
import { sdSlab } from '../../src/core/anatomy/sdf'

/** min over a box of max(f, g): half the narrowest gap between two shapes, negative where they overlap */
function halfGap(
  f: (x: number, y: number, z: number) => number,
  g: (x: number, y: number, z: number) => number,
  lo: number[],
  hi: number[],
  step: number,
) {
  let best = Infinity
  for (let x = lo[0]; x <= hi[0]; x += step)
    for (let y = lo[1]; y <= hi[1]; y += step)
      for (let z = lo[2]; z <= hi[2]; z += step) best = Math.min(best, Math.max(f(x, y, z), g(x, y, z)))
  return best
}

describe('facet joints', () => {
  for (let i = 1; i < MORPHO_LEVELS.length - 1; i++) {
    const upper = MORPHO_LEVELS[i - 1],
      lower = MORPHO_LEVELS[i]
    it(`${upper}-${lower}: neighbouring vertebrae never overlap, and their facets meet across a joint space`, () => {
      const U: VertebraLayout = layoutFor(upper),
        L: VertebraLayout = layoutFor(lower)
      const dy = -lowerOffsetY(U, L) // the upper vertebra's centre in the lower one's frame
      const pb = L.pedicleBack
      // the whole posterior region around the left joint, in the lower vertebra's frame
      const lo = [Math.abs(pb[0]) - 16, L.m.VBHp / 2 - 8, pb[2] - 16],
        hi = [Math.abs(pb[0]) + 10, L.m.VBHp / 2 + L.m.discBelow + 16, pb[2] + 6]
      const clear = halfGap(
        (x, y, z) => vertebraSdf(U, x, y - dy, z),
        (x, y, z) => vertebraSdf(L, x, y, z),
        lo,
        hi,
        0.5,
      )
      expect(clear, 'the vertebrae intersect').toBeGreaterThan(0)
      const iap = U.parts[U.partIds.indexOf('facet.inferior.left')],
        sap = L.parts[L.partIds.indexOf('facet.superior.left')]
      const joint =
        2 *
        halfGap(
          (x, y, z) => sdSlab(x, y - dy, z, iap),
          (x, y, z) => sdSlab(x, y, z, sap),
          lo,
          hi,
          0.5,
        )
      expect(joint).toBeGreaterThan(0)
      expect(joint, 'the facets do not meet').toBeLessThan(4.5)
    })
  }
})
