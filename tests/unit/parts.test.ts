import { describe, expect, it } from 'vitest'

import { layoutFor, bodySdf } from '../../src/core/anatomy/vertebra'
import { labelAnchors, partAt } from '../../src/core/anatomy/parts'

describe('vertebra parts', () => {
  for (const level of ['T8', 'L1', 'L4']) {
    const L = layoutFor(level)
    it(`${level}: names the body, pedicles, processes and facets where they are`, () => {
      expect(partAt(L, 0, 0, 0)).toBe('body')
      expect(partAt(L, 0, 0, L.zAnt - 1)).toBe('body')
      // a point well inside each part: its middle, or for facets (which rise out of the pedicle or lamina) its free end
      const mid = (i: number) => {
        const p = L.parts[i],
          t = L.partIds[i].startsWith('facet') ? 0.85 : 0.5
        return [p.a[0] + (p.b[0] - p.a[0]) * t, p.a[1] + (p.b[1] - p.a[1]) * t, p.a[2] + (p.b[2] - p.a[2]) * t] as const
      }
      L.partIds.forEach((id, i) => expect(partAt(L, ...mid(i)), `${level} ${id}`).toBe(id))
      // left is the patient's left (+x)
      expect(partAt(L, ...mid(L.partIds.indexOf('pedicle.left')))).toBe('pedicle.left')
      expect(mid(L.partIds.indexOf('pedicle.left'))[0]).toBeGreaterThan(0)
    })
    it(`${level}: label anchors sit outside the vertebral body`, () => {
      for (const [id, p] of Object.entries(labelAnchors(L))) expect(bodySdf(L, ...p!), id).toBeGreaterThan(2)
    })
  }
})
