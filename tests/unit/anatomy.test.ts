import { describe, expect, it } from 'vitest'
import { TREATABLE_LEVELS, GRADE_LOSS, type Morphology } from '../../src/core/case'
import { MORPHO_LEVELS, sourceOf, type Field } from '../../src/core/anatomy/morphometry'
import { layoutFor } from '../../src/core/anatomy/vertebra'
import { buildSegmentMeshes, fractureMorph, meshVertebra } from '../../src/core/anatomy/segment'
import { deformY, undeformY, deformedHeights } from '../../src/core/anatomy/fracture'
import type { MeshData } from '../../src/core/anatomy/surfaceNets'

/**
 * Closed and consistently wound: every directed edge a->b is matched by as many b->a. Surface nets can pinch
 * two sheets together at a thin feature (an edge used by four triangles); those must stay rare.
 */
function closedAndOriented(m: MeshData): boolean {
  const edges = new Map<string, number>()
  const I = m.indices
  for (let f = 0; f < I.length; f += 3)
    for (let e = 0; e < 3; e++) {
      const a = I[f + e],
        b = I[f + ((e + 1) % 3)]
      const key = `${a},${b}`
      edges.set(key, (edges.get(key) ?? 0) + 1)
    }
  let pinched = 0
  for (const [key, n] of edges) {
    const [a, b] = key.split(',')
    if (edges.get(`${b},${a}`) !== n) return false
    if (n > 1) pinched++
  }
  return pinched <= edges.size * 1e-3
}

/** body height measured from the mesh: the vertical extent of vertices in a thin column at (x, z) */
function heightAt(m: MeshData, x: number, z: number, r = 1.2): number {
  let lo = Infinity,
    hi = -Infinity
  const P = m.positions
  for (let i = 0; i < P.length; i += 3) {
    if (Math.abs(P[i] - x) < r && Math.abs(P[i + 2] - z) < r && Math.abs(P[i + 1]) < 40) {
      lo = Math.min(lo, P[i + 1])
      hi = Math.max(hi, P[i + 1])
    }
  }
  return hi - lo
}

describe('morphometry', () => {
  it('has every field with a source for every level', () => {
    const fields: Field[] = ['VBHa', 'VBHp', 'EPW', 'EPD', 'PDW', 'PDH', 'PDA', 'SCW', 'SCD', 'discBelow']
    for (const level of MORPHO_LEVELS)
      for (const f of fields) {
        const s = sourceOf(level, f)
        expect(Number.isFinite(s.value)).toBe(true)
        expect(s.source.length).toBeGreaterThan(5)
        expect(['measured', 'interpolated', 'derived', 'recalled']).toContain(s.basis)
      }
  })
})

describe('vertebra meshes', () => {
  it('are closed and match the morphometry heights within 5 % at every treatable level', () => {
    for (const level of TREATABLE_LEVELS) {
      const L = layoutFor(level)
      const mesh = meshVertebra(L, 1.0)
      expect(closedAndOriented(mesh)).toBe(true)
      // anterior and posterior heights measured 3 mm inside the body's front and back walls
      const ant = heightAt(mesh, 0, L.zAnt - 3),
        post = heightAt(mesh, 0, L.zPost + 3)
      expect(Math.abs(ant - L.heightAt(L.zAnt - 3)) / L.heightAt(L.zAnt - 3)).toBeLessThan(0.05)
      expect(Math.abs(post - L.heightAt(L.zPost + 3)) / L.heightAt(L.zPost + 3)).toBeLessThan(0.05)
      // width of the body from the vertices at mid-height
      let w = 0
      for (let i = 0; i < mesh.positions.length; i += 3)
        if (Math.abs(mesh.positions[i + 1]) < 1 && mesh.positions[i + 2] > 0)
          w = Math.max(w, Math.abs(mesh.positions[i]))
      expect(Math.abs(2 * w - L.m.EPW * 0.94) / L.m.EPW).toBeLessThan(0.05) // waisted 6 % at mid-height
    }
  })

  it('builds the whole segment, closed, for the default case', () => {
    const s = buildSegmentMeshes('L1')
    for (const m of [s.treated, s.vertebraAbove, s.vertebraBelow, s.discAbove, s.discBelow]) {
      expect(m.indices.length).toBeGreaterThan(1000)
      expect(closedAndOriented(m)).toBe(true)
    }
    expect(s.above).toBe('T12')
    expect(s.below).toBe('L2')
    expect(s.aboveY).toBeGreaterThan(0)
    expect(s.belowY).toBeLessThan(0)
    // the fracture morph moves only y, and only where the morphology loses height
    const f = fractureMorph(s.treated, layoutFor('L1'), 'wedge', 0.3)
    expect(f.morphPositions.length).toBe(s.treated.positions.length)
    let moved = 0
    for (let i = 0; i < f.morphPositions.length; i += 3) {
      expect(f.morphPositions[i]).toBe(s.treated.positions[i])
      if (Math.abs(f.morphPositions[i + 1] - s.treated.positions[i + 1]) > 0.1) moved++
    }
    expect(moved).toBeGreaterThan(1000)
  })
})

describe('fracture', () => {
  const L = layoutFor('L1')
  it('puts the anterior height of each grade in its Genant band', () => {
    const band = { 1: [0.2, 0.25], 2: [0.25, 0.4], 3: [0.4, 0.6] } as const
    for (const g of [1, 2, 3] as const) {
      const h = deformedHeights('wedge', L, GRADE_LOSS[g])
      const loss = 1 - h.anteriorHeightMm / L.m.VBHa
      expect(loss).toBeGreaterThanOrEqual(band[g][0])
      expect(loss).toBeLessThanOrEqual(band[g][1])
    }
  })
  it('loses height where each morphology says: front, middle or all', () => {
    const w = deformedHeights('wedge', L, 0.4),
      b = deformedHeights('biconcave', L, 0.4),
      c = deformedHeights('crush', L, 0.4)
    expect(w.anteriorHeightMm).toBeLessThan((w.middleHeightMm / L.m.VBHm) * L.m.VBHa)
    expect(w.posteriorHeightMm).toBeCloseTo(L.m.VBHp)
    expect(b.middleHeightMm).toBeCloseTo(L.m.VBHm * 0.6)
    expect(c.posteriorHeightMm).toBeCloseTo(L.m.VBHp * 0.6)
  })
  it('is inverted exactly by undeformY (the cement shader relies on it)', () => {
    for (const morph of ['wedge', 'biconcave', 'crush'] as Morphology[])
      for (let i = 0; i < 200; i++) {
        const x = -20 + ((i * 7) % 40),
          y = -12 + ((i * 13) % 24),
          z = -15 + ((i * 11) % 30)
        const d = deformY(morph, L, 0.35, x, y, z)
        expect(undeformY(morph, L, 0.35, x, d, z)).toBeCloseTo(y, 9)
      }
  })
})

describe('meshes measured against the morphometry', () => {
  const band = { 1: [0.2, 0.25], 2: [0.25, 0.4], 3: [0.4, 0.6] } as const
  for (const level of TREATABLE_LEVELS) {
    it(`${level}: body depth and canal width within 5 %, graded anterior heights in their Genant band`, () => {
      const L = layoutFor(level)
      const mesh = meshVertebra(L, 0.7) // fine enough that vertex spacing is well under 5 % of a thoracic canal
      const P = mesh.positions
      // depth: front to back of the body along the midline at mid-height
      let zMin = Infinity,
        zMax = -Infinity
      for (let i = 0; i < P.length; i += 3)
        if (Math.abs(P[i]) < 1 && Math.abs(P[i + 1]) < 1 && P[i + 2] > L.zPost - 0.5) {
          zMin = Math.min(zMin, P[i + 2])
          zMax = Math.max(zMax, P[i + 2])
        }
      expect(Math.abs(zMax - zMin - L.m.EPD) / L.m.EPD).toBeLessThan(0.05)
      // canal width: the narrowest distance between the pedicles' inner faces behind the body (SCW is the
      // minimum interpedicular distance), at pedicle height
      const pf = L.pedicleFront
      let narrowest = Infinity
      for (let dz = 0.8; dz <= 4; dz += 0.8) {
        let inner = Infinity
        for (let i = 0; i < P.length; i += 3)
          if (Math.abs(P[i + 1] - pf[1]) < 1.5 && Math.abs(P[i + 2] - (L.zPost - dz)) < 0.6 && P[i] > 0)
            inner = Math.min(inner, P[i])
        narrowest = Math.min(narrowest, 2 * inner)
      }
      expect(Math.abs(narrowest - L.m.SCW) / L.m.SCW).toBeLessThan(0.05)
      // graded anterior height, measured on the morphed vertices 3 mm inside the front wall
      const healthy = heightAt(mesh, 0, L.zAnt - 3)
      for (const g of [1, 2, 3] as const) {
        const f = fractureMorph(mesh, L, 'wedge', GRADE_LOSS[g])
        const collapsed = heightAt({ ...mesh, positions: f.morphPositions }, 0, L.zAnt - 3)
        // the loss at the wall itself is the grade's; 3 mm in it is a little less (the wedge is linear in depth)
        const atWall = (1 - collapsed / healthy) / ((L.zAnt - 3 - L.zPost) / L.m.EPD)
        expect(atWall).toBeGreaterThanOrEqual(band[g][0] - 0.01)
        expect(atWall).toBeLessThanOrEqual(band[g][1] + 0.01)
      }
    })
  }
})

describe('pedicles measured on the mesh', () => {
  it('every level: pedicle width and height within 5 % of the table, measured across the pedicle at its middle', async () => {
    const { sampleField, surfaceNets } = await import('../../src/core/anatomy/surfaceNets')
    const { vertebraSdf } = await import('../../src/core/anatomy/vertebra')
    for (const level of TREATABLE_LEVELS) {
      const L = layoutFor(level)
      const p = L.parts[L.partIds.indexOf('pedicle.left')]
      const mid = [(p.a[0] + p.b[0]) / 2, (p.a[1] + p.b[1]) / 2, (p.a[2] + p.b[2]) / 2]
      const h = L.m.PDH
      // a fine mesh of just the region around the pedicle's middle
      // deep enough in z to hold the whole oblique cross-section of a wide, angled lumbar pedicle
      const dz = 1.5 + (L.m.PDW / 2) * Math.abs(Math.sin((L.m.PDA * Math.PI) / 180))
      const m = surfaceNets(
        sampleField(
          (x, y, z) => vertebraSdf(L, x, y, z),
          [mid[0] - h, mid[1] - h, mid[2] - dz],
          [mid[0] + h, mid[1] + h, mid[2] + dz],
          0.25,
        ),
      )
      const ax = [p.b[0] - p.a[0], p.b[1] - p.a[1], p.b[2] - p.a[2]]
      const al = Math.hypot(ax[0], ax[1], ax[2])
      ax.forEach((_, i) => (ax[i] /= al))
      // across the axis: horizontally (width) and vertically (height), for vertices within 0.3 mm of the mid-plane
      const across = [ax[2], 0, -ax[0]],
        n = Math.hypot(across[0], across[2])
      across[0] /= n
      across[2] /= n
      let w0 = Infinity,
        w1 = -Infinity,
        h0 = Infinity,
        h1 = -Infinity
      for (let i = 0; i < m.positions.length; i += 3) {
        const d = [m.positions[i] - mid[0], m.positions[i + 1] - mid[1], m.positions[i + 2] - mid[2]]
        if (Math.abs(d[0] * ax[0] + d[1] * ax[1] + d[2] * ax[2]) > 0.3) continue
        const w = d[0] * across[0] + d[2] * across[2]
        if (Math.abs(d[1]) < 0.5) {
          w0 = Math.min(w0, w)
          w1 = Math.max(w1, w)
        }
        if (Math.abs(w) < 0.5) {
          h0 = Math.min(h0, d[1])
          h1 = Math.max(h1, d[1])
        }
      }
      expect(
        Math.abs(w1 - w0 - L.m.PDW) / L.m.PDW,
        `${level} pedicle width ${(w1 - w0).toFixed(2)} vs ${L.m.PDW}`,
      ).toBeLessThan(0.05)
      expect(
        Math.abs(h1 - h0 - L.m.PDH) / L.m.PDH,
        `${level} pedicle height ${(h1 - h0).toFixed(2)} vs ${L.m.PDH}`,
      ).toBeLessThan(0.05)
    }
  }, 60_000)
})
