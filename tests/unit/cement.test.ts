import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE, type CaseParams } from '../../src/core/case'
import { cementFieldForCase } from '../../src/core/cement/forCase'
import { leaksAt } from '../../src/core/cement/field'
import { gradientAt } from '../../src/core/cement/rheology'
import { buildVoxelModel, cavitiesFor, exitMask, Label } from '../../src/core/cement/labels'
import { balloonAxes } from '../../src/core/anatomy/balloon'

import { layoutFor } from '../../src/core/anatomy/vertebra'
import { instrumentLayout } from '../../src/core/anatomy/instruments'
import { toHalf } from '../../src/core/cement/half'

const at = (over: Partial<CaseParams>) => cementFieldForCase({ ...DEFAULT_CASE, ...over })

describe('cement field', () => {
  const vp = at({ proc: 'vp' })
  it('fills voxels in order of injected volume, starting at the needle tip', () => {
    const tip = instrumentLayout(layoutFor('L1'), DEFAULT_CASE).needles[0].tip
    let first = -1,
      best = Infinity
    vp.arrival.forEach((a, v) => {
      if (a < best) {
        best = a
        first = v
      }
    })
    const [nx, ny] = vp.dims
    const pos = [
      vp.min[0] + (first % nx) * vp.step,
      vp.min[1] + (((first / nx) | 0) % ny) * vp.step,
      vp.min[2] + ((first / (nx * ny)) | 0) * vp.step,
    ]
    expect(Math.hypot(pos[0] - tip[0], pos[1] - tip[1], pos[2] - tip[2])).toBeLessThan(1.5)
    // filled volume tracks injected volume: the voxels filled by V hold about V of pore space
    const filled = (V: number) => vp.arrival.filter((a) => a <= V).length
    expect(filled(2)).toBeGreaterThan(filled(1))
    expect(filled(4)).toBeGreaterThan(filled(2))
  })
  it('is deterministic for a case', () => {
    const again = at({ proc: 'vp' })
    expect(again.arrival).toEqual(vp.arrival)
    expect(again.events).toEqual(vp.events)
  })
  it('fills the kyphoplasty cavity before the bone around it', () => {
    const c = { ...DEFAULT_CASE, proc: 'kp' as const }
    const L = layoutFor(c.level)
    const inst = instrumentLayout(L, c)
    const vm = buildVoxelModel({ case: c, layout: L, cavities: cavitiesFor(inst), needles: inst.needles })
    const kp = at({ proc: 'kp' })
    let cavity = 0,
      lastCavity = 0
    kp.arrival.forEach((a, v) => {
      if (vm.label[v] === Label.Cavity) {
        cavity++
        lastCavity = Math.max(lastCavity, a)
      }
    })
    // bone filled before the cavity is full: only the tip's own voxels and the drilled track beside it
    let early = 0
    kp.arrival.forEach((a, v) => {
      if ((vm.label[v] === Label.Bone || vm.label[v] === Label.Shell) && a < lastCavity) early++
    })
    expect(cavity).toBeGreaterThan(1000)
    expect(early).toBeLessThan(cavity * 0.02)
  })
  it('crushes the veins inside the balloon: the whole balloon is cavity, and its cut shows no empty vein', () => {
    const c = { ...DEFAULT_CASE, proc: 'kp' as const }
    const L = layoutFor(c.level)
    const inst = instrumentLayout(L, c)
    const vm = buildVoxelModel({ case: c, layout: L, cavities: cavitiesFor(inst), needles: inst.needles })
    const ax = balloonAxes(inst.balloonMl, inst.balloonMm),
      C = inst.balloonCentres[0],
      d = inst.needles[0].dir
    const [nx, ny] = vm.dims
    let inside = 0,
      veins = 0
    vm.label.forEach((lab, v) => {
      const q = [
        vm.min[0] + (v % nx) * vm.step - C[0],
        vm.min[1] + (((v / nx) | 0) % ny) * vm.step - C[1],
        vm.min[2] + ((v / (nx * ny)) | 0) * vm.step - C[2],
      ]
      const along = q[0] * d[0] + q[1] * d[1] + q[2] * d[2]
      const across = Math.hypot(q[0] - along * d[0], q[1] - along * d[1], q[2] - along * d[2])
      if ((along / ax.along) ** 2 + (across / ax.across) ** 2 > 0.8) return
      inside++
      if (lab === Label.Vein) veins++
    })
    expect(inside).toBeGreaterThan(1000)
    expect(veins).toBe(0)
  })
  it('marks as exits exactly the voxels whose cement has left the bone', () => {
    const labels = Uint8Array.from([
      Label.Bone,
      Label.Vein,
      Label.Disc,
      Label.Cavity,
      Label.Para,
      Label.Shell,
      Label.Breach,
    ])
    expect([...exitMask(labels)]).toEqual([0, 1, 1, 0, 1, 0, 1])
  })
  it('lets runny cement reach an exit at a smaller volume than medium cement', () => {
    const firstLeak = (over: Partial<CaseParams>) => Math.min(...at(over).events.map((e) => e.atMl))
    expect(gradientAt({ visc: 'low', mix: 4, rate: 2 }, 0)).toBeLessThan(
      gradientAt({ visc: 'medium', mix: 4, rate: 2 }, 0),
    )
    expect(firstLeak({ visc: 'low' })).toBeLessThan(firstLeak({ visc: 'medium' }))
  })
  it('reports leaked volume that never shrinks as more is injected', () => {
    const low = at({ visc: 'low' })
    let prev: Record<string, number> = {}
    for (let V = 0; V <= 10; V += 0.25) {
      const now = Object.fromEntries(leaksAt(low, V).map((l) => [l.pathway, l.volumeMl]))
      for (const [k, v] of Object.entries(prev)) expect(now[k] ?? 0).toBeGreaterThanOrEqual(v - 1e-9)
      prev = now
    }
    expect(leaksAt(low, NaN)).toEqual([])
  })
})

describe('half floats', () => {
  it('converts exactly representable values and saturates', () => {
    expect(toHalf(0)).toBe(0)
    expect(toHalf(1)).toBe(0x3c00)
    expect(toHalf(-2)).toBe(0xc000)
    expect(toHalf(0.5)).toBe(0x3800)
    expect(toHalf(65504)).toBe(0x7bff)
    expect(toHalf(1e6)).toBe(0x7c00)
    expect(toHalf(Infinity)).toBe(0x7c00)
  })
})
