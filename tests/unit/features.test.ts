import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE } from '../../src/core/case'

import { layoutFor, bodySdf } from '../../src/core/anatomy/vertebra'
import {
  BASIVERTEBRAL,
  SEGMENTAL,
  basivertebralBranches,
  basivertebralPath,
  cleftRegion,
  distanceToPath,
  segmentalMouth,
  segmentalPath,
} from '../../src/core/anatomy/features'
import { buildVoxelModel, Label, CORTEX_MM } from '../../src/core/cement/labels'
import type { Vec3 } from '../../src/core/anatomy/sdf'

describe('vessels and fracture features', () => {
  for (const level of ['T8', 'L1', 'L4']) {
    const L = layoutFor(level)
    it(`${level}: the basivertebral vein runs from inside the body out through the back wall into the canal`, () => {
      const path = basivertebralPath(L)
      expect(bodySdf(L, ...path[0])).toBeLessThan(-CORTEX_MM)
      const end = path[path.length - 1]
      expect(bodySdf(L, ...end)).toBeGreaterThan(0)
      expect(end[2]).toBeLessThan(L.zPost)
      expect(Math.abs(end[0])).toBeLessThan(L.m.SCW / 2)
    })
    it(`${level}: the segmental vessels hug the side of the body and pass the vein's mouth`, () => {
      const mouth = segmentalMouth(L)
      for (const s of [1, -1] as const) {
        const path = segmentalPath(L, s)
        for (const p of path) expect(bodySdf(L, ...p)).toBeCloseTo(SEGMENTAL.radiusMm, 1) // lying on the bone
        expect(distanceToPath([s * (mouth.xTo - 2), 0, mouth.zMm], path)).toBeLessThan(2.5)
      }
    })
    it(`${level}: every vein voxel of the cement model lies on a drawn vessel`, () => {
      const c = { ...DEFAULT_CASE, level: level as typeof DEFAULT_CASE.level }
      const vm = buildVoxelModel({ case: c, layout: L, cavities: [], needles: [] })
      const [nx, ny] = vm.dims
      const basi = basivertebralPath(L),
        branches = basivertebralBranches(L),
        mouth = segmentalMouth(L)
      let veins = 0
      vm.label.forEach((lab, v) => {
        if (lab !== Label.Vein) return
        veins++
        const p: Vec3 = [
          vm.min[0] + (v % nx) * vm.step,
          vm.min[1] + (((v / nx) | 0) % ny) * vm.step,
          vm.min[2] + ((v / (nx * ny)) | 0) * vm.step,
        ]
        const onBasi = distanceToPath(p, basi) <= BASIVERTEBRAL.radiusMm * Math.SQRT2 + 1e-9
        const onMouth =
          Math.abs(p[2] - mouth.zMm) < 1.5 && Math.abs(p[0]) > mouth.xFrom - 1e-9 && Math.abs(p[0]) < mouth.xTo + 1e-9
        const onBranch = branches.some((b) => distanceToPath(p, b) <= BASIVERTEBRAL.branchRadiusMm)
        expect(onBasi || onMouth || onBranch).toBe(true)
      })
      expect(veins).toBeGreaterThan(20)
    })
  }
  it('the basivertebral tributaries run inside the bone from the trunk towards the front corners', () => {
    for (const level of ['T8', 'L1', 'L4']) {
      const L = layoutFor(level)
      for (const b of basivertebralBranches(L)) {
        expect(b[0]).toEqual(basivertebralPath(L)[0])
        for (const p of b) expect(bodySdf(L, ...p)).toBeLessThan(-CORTEX_MM - BASIVERTEBRAL.branchRadiusMm)
        expect(b[b.length - 1][2]).toBeGreaterThan(0)
      }
    }
  })
  it('a cleft lies across the front half of the body at mid-height, inside the bone', () => {
    const L = layoutFor('L1')
    const c = cleftRegion(L)
    expect(bodySdf(L, 0, 0, (c.zMin + (Math.sqrt(c.r2Max) * L.m.EPD) / 2) / 2)).toBeLessThan(-CORTEX_MM)
    expect(c.halfHeightMm * 2).toBeLessThan(L.m.VBHm * 0.2)
  })
})

describe('cortical shell in a cross-section', () => {
  for (const level of ['T6', 'L2']) {
    it(`${level}: the shell the cut face draws is about 1 mm thick all round the body`, () => {
      const L = layoutFor(level)
      const vm = buildVoxelModel({
        case: { ...DEFAULT_CASE, level: level as typeof DEFAULT_CASE.level },
        layout: L,
        cavities: [],
        needles: [],
      })
      const [nx, ny, nz] = vm.dims
      const at = (i: number, j: number, k: number) => vm.bodySdf[i + nx * (j + ny * k)]
      const j = Math.round(-vm.min[1] / vm.step) // mid-height
      const i0 = Math.round(-vm.min[0] / vm.step),
        k0 = Math.round(-vm.min[2] / vm.step)
      // walk out from the centre in the axial plane: front, back, left, right; measure the shell crossed
      const thickness = (di: number, dk: number) => {
        const ss = 0.1 // sub-voxel steps, trilinear
        let inShell = 0
        for (let s = 0; s < Math.max(nx, nz); s += ss) {
          const x = i0 + di * s,
            z = k0 + dk * s
          if (x < 0 || z < 0 || x >= nx - 1 || z >= nz - 1) break
          const xi = Math.floor(x),
            zi = Math.floor(z),
            fx = x - xi,
            fz = z - zi
          const d =
            (1 - fx) * (1 - fz) * at(xi, j, zi) +
            fx * (1 - fz) * at(xi + 1, j, zi) +
            (1 - fx) * fz * at(xi, j, zi + 1) +
            fx * fz * at(xi + 1, j, zi + 1)
          if (d < 0 && d > -CORTEX_MM) inShell += ss * vm.step
        }
        return inShell
      }
      for (const [di, dk] of [
        [0, 1],
        [0, -1],
        [1, 0],
        [-1, 0],
      ]) {
        const t = thickness(di, dk)
        expect(t).toBeGreaterThan(0.6)
        expect(t).toBeLessThan(2.0)
      }
      void nz
    })
  }
})

describe('ribs', () => {
  it('thoracic levels have ribs from the body past the transverse process; lumbar levels have none', async () => {
    const { hasRibs, ribPath } = await import('../../src/core/anatomy/ribs')
    expect(hasRibs('L1')).toBe(false)
    for (const level of ['T5', 'T8', 'T12']) {
      expect(hasRibs(level)).toBe(true)
      const L = layoutFor(level)
      for (const s of [1, -1] as const) {
        const p = ribPath(L, s)
        expect(Math.abs(bodySdf(L, ...p[0]))).toBeLessThan(3) // the head rests on the body
        const tip = L.parts[L.partIds.indexOf(s > 0 ? 'transverse.left' : 'transverse.right')].b
        expect(Math.min(...p.map((q) => Math.hypot(q[0] - tip[0], q[1] - tip[1], q[2] - tip[2])))).toBeLessThan(8) // tubercle at the process tip
        expect(Math.sign(p[p.length - 1][0])).toBe(s) // it goes out on its own side
        expect(Math.abs(p[p.length - 1][0])).toBeGreaterThan(Math.abs(tip[0]) + 10)
      }
    }
  })
})
