// What each audience is shown: natural frequencies and the icon array, both procedures side by side, how
// each factor moves each pathway; and when the overlay's regions pulse, tied to the simulated cement front.
import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE } from '../../src/core/case'
import { PATHWAYS, computeRisk } from '../../src/core/risk/model'
import { BASE_ANY_LEAK, OR_CORTICAL, OR_LOW_VISCOSITY } from '../../src/core/risk/evidence'
import { FACTOR_CHANGES, ICONS, citations, compareProcedures, factorTable, iconCounts, naturalFrequency } from '../../src/core/risk/present'
import { PULSE_S, pulseAt, reachTimes, reachVolume } from '../../src/core/risk/reach'
import { buildPlan } from '../../src/core/plans'
import { stateAt } from '../../src/core/timeline'
import { SOURCES } from '../../src/core/risk/sources'

const odds = (p: number) => p / (1 - p)

describe('patient view: natural frequencies', () => {
  it('says "about 5 in 10" for vertebroplasty and "about 1 in 100" for its symptoms', () => {
    const r = computeRisk(DEFAULT_CASE, 'vp')
    expect(naturalFrequency(r.anyLeak)).toEqual({ k: 5, of: 10, few: false })
    expect(naturalFrequency(r.symptomatic)).toEqual({ k: 1, of: 100, few: false })
    expect(naturalFrequency(0.184)).toEqual({ k: 18, of: 100, few: false })
    expect(naturalFrequency(0.002)).toEqual({ k: 1, of: 100, few: true })
    for (const bad of [NaN, -1, Infinity]) expect(() => naturalFrequency(bad)).not.toThrow()
  })
  it('draws 100 icons that match the figures: leaks, the symptomatic among them, and the rest', () => {
    for (const proc of ['vp', 'kp'] as const) {
      for (const cause of ['osteoporosis', 'tumor'] as const) {
        const r = computeRisk({ ...DEFAULT_CASE, cause }, proc)
        const n = iconCounts(r)
        expect(n.symptomatic + n.silent + n.none).toBe(ICONS)
        expect(n.symptomatic + n.silent).toBe(Math.round(r.anyLeak * 100))
        expect(n.symptomatic).toBe(Math.min(Math.round(r.symptomatic * 100), n.symptomatic + n.silent))
      }
    }
    expect(iconCounts({ anyLeak: 0.547, symptomatic: 0.01 })).toEqual({ symptomatic: 1, silent: 54, none: 45 })
    expect(iconCounts({ anyLeak: NaN, symptomatic: 2 })).toEqual({ symptomatic: 0, silent: 0, none: 100 })
  })
})

describe('surgeon view: both procedures side by side', () => {
  it('gives each procedure its own pooled baseline for the same case, and the case factors to both', () => {
    const base = compareProcedures({ ...DEFAULT_CASE, approach: 'bi' })
    expect(base.vp.anyLeak).toBeCloseTo(BASE_ANY_LEAK.vp.value, 6)
    expect(base.kp.anyLeak).toBeCloseTo(BASE_ANY_LEAK.kp.value, 6)
    const breached = compareProcedures({ ...DEFAULT_CASE, approach: 'bi', wall: 'breached' })
    for (const p of ['vp', 'kp'] as const) {
      expect(odds(breached[p].anyLeak) / odds(base[p].anyLeak)).toBeCloseTo(OR_CORTICAL.value, 6)
      expect(breached[p].pathways.canal).toBeGreaterThan(base[p].pathways.canal)
    }
    expect(compareProcedures(DEFAULT_CASE, 'ct').vp.anyLeak).toBeGreaterThan(base.vp.anyLeak)
  })
  it('cites a published source for every figure but the needle track, which says it is an assumption', () => {
    for (const proc of ['vp', 'kp'] as const) {
      for (const d of ['xray', 'ct'] as const) {
        const c = citations(proc, d)
        for (const id of [c.any, c.symptomatic, c.embolism, ...PATHWAYS.map((p) => c.pathway[p])]) expect(SOURCES[id]).toBeDefined()
        expect(PATHWAYS.filter((p) => c.pathway[p] === 'model')).toEqual(['needle'])
      }
    }
  })
})

describe('student view: how each factor moves each pathway', () => {
  const rows = (proc: 'vp' | 'kp') => Object.fromEntries(factorTable(proc).map((r) => [r.factor, r.ratio]))
  it('has a row for every factor, each a finite positive ratio', () => {
    for (const proc of ['vp', 'kp'] as const) {
      const t = factorTable(proc, 'ct')
      expect(t.map((r) => r.factor)).toEqual(Object.keys(FACTOR_CHANGES))
      for (const r of t) for (const v of Object.values(r.ratio)) { expect(Number.isFinite(v)).toBe(true); expect(v).toBeGreaterThan(0) }
    }
  })
  it('moves the pathways the evidence says each factor moves, and no others', () => {
    const vp = rows('vp')
    // a breach opens the canal far more than any other pathway; a cracked endplate the disc
    expect(vp.wall.canal).toBeGreaterThan(10)
    expect(vp.wall.canal).toBeGreaterThan(Math.max(vp.wall.disc, vp.wall.venous))
    expect(vp.endplate.disc).toBeGreaterThan(Math.max(vp.endplate.venous, vp.endplate.paravertebral, vp.endplate.canal))
    // a cleft shifts leaks from the veins to the cortex
    expect(vp.cleft.venous).toBeLessThan(1)
    expect(vp.cleft.disc).toBeGreaterThan(1)
    // runny cement raises every pathway, thick cement lowers every one; more cement raises any leak
    for (const p of PATHWAYS) { expect(vp.lowVisc[p]).toBeGreaterThan(1); expect(vp.highVisc[p]).toBeLessThan(1) }
    expect(odds(computeRisk({ ...DEFAULT_CASE, visc: 'low' }).anyLeak) / odds(computeRisk(DEFAULT_CASE).anyLeak)).toBeCloseTo(OR_LOW_VISCOSITY.value, 6)
    expect(vp.moreCement.any).toBeGreaterThan(1)
    // a tumour changes symptoms, not leaks; two needles change kyphoplasty only (VP's RR is not significant)
    expect(vp.tumor.any).toBeCloseTo(1, 9)
    expect(vp.tumor.symptomatic).toBeCloseTo(10, 6)
    expect(vp.bilateral.any).toBeCloseTo(1, 9)
    expect(rows('kp').bilateral.any).toBeGreaterThan(1.4)
  })
})

describe('overlay pulse: when the cement front reaches a region', () => {
  const c = { ...DEFAULT_CASE, visc: 'low' as const, wall: 'breached' as const }
  it('pulses each reached pathway exactly when the leak first shows, and never before', async () => {
    const { cementFieldForCase } = await import('../../src/core/cement/forCase')
    const field = { ...cementFieldForCase(c), key: 'test' }
    const plan = buildPlan(c)
    const times = reachTimes(plan, field)
    const reached = Object.keys(times)
    expect(reached.length).toBeGreaterThan(0)
    for (const p of PATHWAYS) {
      const t = times[p]
      if (t === undefined) {
        // never shown as leaking within this plan's volume
        expect(stateAt(plan, plan.duration, field).json.cement.leaks.some((l) => l.pathway === p)).toBe(false)
        continue
      }
      expect(reachVolume(field, p)).toBeLessThanOrEqual(c.vol)
      const shows = (tt: number) => stateAt(plan, tt, field).json.cement.leaks.some((l) => l.pathway === p)
      expect(shows(t - 0.05)).toBe(false)
      expect(shows(t + 0.05)).toBe(true)
      expect(pulseAt(t - 0.01, t)).toBe(0)
      expect(Math.max(...[0.1, 0.2, 0.3].map((u) => pulseAt(t + u * PULSE_S, t)))).toBeGreaterThan(0.5)
      expect(pulseAt(t + PULSE_S + 0.01, t)).toBe(0)
    }
    expect(reachTimes(plan, null)).toEqual({})
    expect(pulseAt(NaN, 3)).toBe(0)
  })
})
