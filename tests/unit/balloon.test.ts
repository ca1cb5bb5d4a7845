import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE, TREATABLE_LEVELS } from '../../src/core/case'
import { BALLOON_RATING_PSI, BALLOON_SIZES_MM, balloonAxes, balloonPressurePsi } from '../../src/core/anatomy/balloon'
import { layoutFor } from '../../src/core/anatomy/vertebra'
import { instrumentLayout } from '../../src/core/anatomy/instruments'
import { buildPlan } from '../../src/core/plans'
import { stateAt } from '../../src/core/timeline'

describe('kyphoplasty balloon', () => {
  it('is a published size that fits each level, and its cavity stays inside the body', () => {
    for (const level of TREATABLE_LEVELS)
      for (const approach of ['uni', 'bi'] as const) {
        const L = layoutFor(level)
        const inst = instrumentLayout(L, { ...DEFAULT_CASE, approach, proc: 'kp', grade: 3 })
        expect(BALLOON_SIZES_MM).toContain(inst.balloonMm)
        expect(inst.balloonMm).toBeLessThanOrEqual(0.55 * L.m.EPD)
        expect(inst.balloonMl).toBeLessThanOrEqual(3)
        expect(inst.balloonMl).toBeGreaterThan(inst.contactMl) // inflated past the point where it lifts
        const ax = balloonAxes(inst.balloonMl, inst.balloonMm)
        expect(2 * ax.across).toBeLessThan(Math.min(L.m.EPW, L.m.VBHp)) // narrower than the body is wide and tall
      }
  })
  it('fills through unfolding, a compaction plateau near the published 175 +- 37 psi, then the lift; never above its rating', () => {
    const contact = 1.6,
      max = 3
    expect(balloonPressurePsi(0.1, contact, max)).toBeLessThan(30)
    const plateau = balloonPressurePsi(contact * 0.99, contact, max)
    expect(plateau).toBeGreaterThan(138)
    expect(plateau).toBeLessThan(212)
    expect(balloonPressurePsi(max, contact, max)).toBeGreaterThan(plateau)
    for (let v = 0; v <= 6; v += 0.05) expect(balloonPressurePsi(v, contact, 6)).toBeLessThanOrEqual(BALLOON_RATING_PSI)
  })
  it('lifts the endplates only once it has packed the bone, and restores the published share of lost height', () => {
    const plan = buildPlan({ ...DEFAULT_CASE, proc: 'kp' })
    const bi = plan.chapters.find((c) => c.id === 'balloon-inflation')!
    const before = stateAt(plan, bi.start).json.vertebra.anteriorHeightMm
    let liftedAt = Infinity
    for (let t = bi.start; t <= bi.end; t += 0.1) {
      const s = stateAt(plan, t).json
      if (s.vertebra.anteriorHeightMm > before + 0.01 && liftedAt === Infinity) {
        liftedAt = t
        expect(s.balloon!.volumeMl).toBeGreaterThanOrEqual(plan.instruments.contactMl * 0.9)
      }
    }
    expect(liftedAt).toBeLessThan(bi.end)
    const healthy = layoutFor(DEFAULT_CASE.level).m.VBHa
    const after = stateAt(plan, bi.end).json.vertebra.anteriorHeightMm
    // Lieberman 2001 / Papanastassiou 2012: about a third of the lost height (RESTORE_SHARE)
    expect((after - before) / (healthy - before)).toBeCloseTo(plan.restoreShare, 1)
  })
})

describe('instrument readout', () => {
  it('shows the balloon while it fills and the cement while it goes in, with a pressure that rises as the cement thickens', async () => {
    const { readoutAt } = await import('../../src/core/readout')
    const kp = buildPlan({ ...DEFAULT_CASE, proc: 'kp' })
    const bi = kp.chapters.find((c) => c.id === 'balloon-inflation')!
    const b = readoutAt(kp, stateAt(kp, bi.end - 0.5).scene)
    expect(b?.kind).toBe('balloon')
    const vp = buildPlan(DEFAULT_CASE)
    const inj = vp.chapters.find((c) => c.id === 'cement-injection')!
    const early = readoutAt(vp, stateAt(vp, inj.start + 1).scene),
      late = readoutAt(vp, stateAt(vp, inj.end - 1).scene)
    expect(early?.kind).toBe('cement')
    expect(late?.kind).toBe('cement')
    if (early?.kind !== 'cement' || late?.kind !== 'cement') return
    expect(late.ml).toBeGreaterThan(early.ml)
    expect(late.kPa).toBeGreaterThan(early.kPa)
    // the injection-force study: 7.8-32.9 N on a 1.5 mL syringe, i.e. a few hundred kPa (cement-flow.md 1.3)
    expect(late.kPa).toBeGreaterThan(30)
    expect(late.kPa).toBeLessThan(2000)
    expect(readoutAt(vp, stateAt(vp, 0).scene)).toBeNull()
  })
  it('names the cement outside the bone once runny cement has reached a vein, and none before', async () => {
    const { readoutAt } = await import('../../src/core/readout')
    const { cementFieldForCase } = await import('../../src/core/cement/forCase')
    const c = { ...DEFAULT_CASE, visc: 'low' as const }
    const field = cementFieldForCase(c),
      plan = buildPlan(c, c.proc, field.stop)
    const inj = plan.chapters.find((ch) => ch.id === 'cement-injection')!
    const first = Math.min(...field.events.map((e) => e.atMl))
    const f = { ...field, key: 'test' }
    const at = (t: number) => readoutAt(plan, stateAt(plan, t, f).scene, f)
    const early = at(inj.start + 0.9),
      late = at(inj.end - 0.5)
    if (early?.kind !== 'cement' || late?.kind !== 'cement') throw new Error('no cement readout')
    expect(early.ml).toBeLessThan(first)
    expect(early.leaks).toEqual([])
    expect(late.leaks.length).toBeGreaterThan(0)
  })
})
