// The voxel model labels each feature over a box around it (labels.ts): these check that the boxes hold
// every voxel the features reach, so a feature that grows past its box would fail here, not shrink quietly.
import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE, type CaseParams } from '../../src/core/case'
import { buildVoxelModel, cavitiesFor, CORTEX_MM, Label, type VoxelModel } from '../../src/core/cement/labels'
import { balloonAxes } from '../../src/core/anatomy/balloon'
import { BASIVERTEBRAL, basivertebralBranches, distanceToPath } from '../../src/core/anatomy/features'
import { layoutFor } from '../../src/core/anatomy/vertebra'
import { instrumentLayout } from '../../src/core/anatomy/instruments'
import type { Vec3 } from '../../src/core/anatomy/sdf'

function modelFor(over: Partial<CaseParams>) {
  const c = { ...DEFAULT_CASE, ...over }
  const L = layoutFor(c.level)
  const inst = instrumentLayout(L, c)
  const cavities = c.proc === 'kp' ? cavitiesFor(inst) : []
  return { inst, cavities, vm: buildVoxelModel({ case: c, layout: L, cavities, needles: inst.needles }) }
}

function centres(vm: VoxelModel): Vec3[] {
  const [nx, ny] = vm.dims
  return Array.from(vm.label, (_, v) => [
    vm.min[0] + (v % nx) * vm.step,
    vm.min[1] + (((v / nx) | 0) % ny) * vm.step,
    vm.min[2] + ((v / (nx * ny)) | 0) * vm.step,
  ])
}

describe('voxel model labels', () => {
  for (const over of [
    { proc: 'kp' as const },
    { proc: 'kp' as const, approach: 'bi' as const, level: 'T12' as const, vol: 6 },
  ]) {
    it(`${over.approach ?? 'uni'} kyphoplasty at ${over.level ?? 'L1'}: every voxel of bone inside a balloon is cavity`, () => {
      const { vm, cavities } = modelFor(over)
      let inside = 0
      centres(vm).forEach((p, v) => {
        if (vm.bodySdf[v] >= -CORTEX_MM - 0.01) return
        const inBalloon = cavities.some((cv) => {
          const ax = balloonAxes(cv.ml, cv.lengthMm)
          const q = [0, 1, 2].map((a) => p[a] - cv.centre[a])
          const along = q[0] * cv.dir[0] + q[1] * cv.dir[1] + q[2] * cv.dir[2]
          const across = Math.hypot(...q.map((x, a) => x - along * cv.dir[a]))
          return (along / ax.along) ** 2 + (across / ax.across) ** 2 < 0.98
        })
        if (!inBalloon) return
        inside++
        expect([Label.Cavity, Label.Fissure]).toContain(vm.label[v])
      })
      expect(inside).toBeGreaterThan(100)
    })
  }

  it('every voxel of bone on a needle track is an easy channel, from the pedicle to the tip', () => {
    const { vm, inst } = modelFor({ approach: 'bi' })
    let onTrack = 0
    centres(vm).forEach((p, v) => {
      if (vm.label[v] !== Label.Bone || !inst.needles.some((nd) => distanceToPath(p, [nd.bone, nd.tip]) < 1.0)) return
      onTrack++
      expect(vm.entry[v]).toBeCloseTo(0.05, 6)
    })
    expect(onTrack).toBeGreaterThan(20)
  })

  it('every voxel of bone on a basivertebral tributary is vein', () => {
    const L = layoutFor('L1')
    const { vm } = modelFor({})
    const branches = basivertebralBranches(L),
      r = BASIVERTEBRAL.branchRadiusMm
    let onBranch = 0
    centres(vm).forEach((p, v) => {
      if (
        vm.bodySdf[v] >= -CORTEX_MM - 0.01 ||
        Math.abs(p[1]) >= r ||
        !branches.some((b) => distanceToPath(p, b) < r - 0.01)
      )
        return
      onBranch++
      expect(vm.label[v]).toBe(Label.Vein)
    })
    expect(onBranch).toBeGreaterThan(10)
  })
})
