import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE, type CaseParams } from '../../src/core/case'
import { anatomyFor } from '../../src/core/cement/forCase'
import { HydraulicDistance, hydraulicDistance } from '../../src/core/cement/distance'
import { invade } from '../../src/core/cement/field'

describe('pass 1 settled lazily', () => {
  const a = anatomyFor(DEFAULT_CASE)
  const full = hydraulicDistance(a.vm, a.sources)

  it("answers any voxel, in any order, with the full search's distance exactly", () => {
    const lazy = new HydraulicDistance(a.vm, a.sources)
    const n = a.vm.label.length
    let finite = 0
    // far voxels first, then near ones: the answers must not depend on what was asked before
    for (let v = n - 1; v >= 0; v -= 37) {
      expect(lazy.at(v)).toBe(full[v])
      if (full[v] < Infinity) finite++
    }
    for (let v = 5; v < n; v += 53) expect(lazy.at(v)).toBe(full[v])
    expect(finite).toBeGreaterThan(500)
  })

  it('gives the same cement field as the full search, for both procedures and a runny cement', () => {
    for (const c of [
      DEFAULT_CASE,
      { ...DEFAULT_CASE, proc: 'kp' },
      { ...DEFAULT_CASE, visc: 'low', level: 'T8' },
    ] as CaseParams[]) {
      const b = anatomyFor(c)
      const settled = new HydraulicDistance(b.vm, b.sources)
      settled.all()
      const lazy = invade(b.vm, b.D, b.sources, c),
        eager = invade(b.vm, settled, b.sources, c)
      expect(lazy.arrival).toEqual(eager.arrival)
      expect(lazy.events).toEqual(eager.events)
      // and a second injection on the same body (a viscosity change) settles on from where the first stopped
      const thick = { ...c, visc: 'high' as const }
      expect(invade(b.vm, b.D, b.sources, thick).arrival).toEqual(invade(b.vm, settled, b.sources, thick).arrival)
    }
  })
})
