// What each audience is shown: natural frequencies and the icon array, both procedures side by side, how
// each factor moves each pathway; and when the overlay's regions pulse, tied to the simulated cement front.
import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE } from '../../src/core/case'
import { PATHWAYS, computeRisk } from '../../src/core/risk/model'
import { OR_CORTICAL, RR_KP_VS_VP, VP_ANY_XRAY } from '../../src/core/risk/evidence'
import {
  FACTOR_CHANGES,
  ICONS,
  citations,
  compareProcedures,
  factorTable,
  iconCounts,
  naturalFrequency,
} from '../../src/core/risk/present'
import { PULSE_S, pulseAt, reachTimes, reachVolume } from '../../src/core/risk/reach'
import { buildPlan } from '../../src/core/plans'
import { stateAt } from '../../src/core/timeline'
import { SOURCES } from '../../src/core/risk/sources'

const odds = (p: number) => p / (1 - p)

describe('patient view: natural frequencies', () => {
  it('says every figure out of 100: "about 41 in 100" for vertebroplasty and "fewer than 1 in 100" for its symptoms', () => {
    const r = computeRisk(DEFAULT_CASE, 'vp')
    expect(naturalFrequency(r.anyLeak)).toEqual({ k: 41, of: 100, few: false })
    expect(naturalFrequency(r.symptomatic)).toEqual({ k: 1, of: 100, few: true })
    expect(naturalFrequency(0.55)).toEqual({ k: 55, of: 100, few: false })
    expect(naturalFrequency(0.002)).toEqual({ k: 1, of: 100, few: true })
    for (const bad of [NaN, -1, Infinity]) expect(() => naturalFrequency(bad)).not.toThrow()
    for (let p = 0; p <= 1; p += 0.01) expect(naturalFrequency(p).of).toBe(100)
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
    expect(iconCounts({ anyLeak: 0.41, symptomatic: 0.004 })).toEqual({ symptomatic: 0, silent: 41, none: 59 })
    expect(iconCounts({ anyLeak: NaN, symptomatic: 2 })).toEqual({ symptomatic: 0, silent: 0, none: 100 })
  })
})

describe('surgeon view: both procedures side by side', () => {
  it('puts both on one baseline with the head-to-head ratio, and the case factors on both', () => {
    const two = compareProcedures(DEFAULT_CASE)
    expect(two.vp.anyLeak).toBeCloseTo(VP_ANY_XRAY.value, 6)
    expect(two.kp.anyLeak).toBeCloseTo(VP_ANY_XRAY.value * RR_KP_VS_VP.value, 6)
    const breached = compareProcedures({ ...DEFAULT_CASE, wall: 'breached' })
    expect(odds(breached.vp.anyLeak) / odds(two.vp.anyLeak)).toBeCloseTo(OR_CORTICAL.value, 6)
    for (const p of ['vp', 'kp'] as const) expect(breached[p].pathways.canal).toBeGreaterThan(two[p].pathways.canal)
    expect(compareProcedures(DEFAULT_CASE, 'ct').vp.anyLeak).toBeGreaterThan(two.vp.anyLeak)
  })
  it('cites a source or "derived" with its inputs for every figure, and says what each counts', () => {
    for (const proc of ['vp', 'kp'] as const) {
      for (const d of ['xray', 'ct'] as const) {
        for (const cause of ['osteoporosis', 'tumor'] as const) {
          const c = citations(proc, d, cause)
          for (const cite of [
            c.any,
            c.symptomatic,
            c.embolism,
            c.complications,
            ...PATHWAYS.map((p) => c.pathway[p]),
          ]) {
            expect(SOURCES[cite.id]).toBeDefined()
            if (cite.id === 'derived') {
              expect(cite.from?.length).toBeGreaterThan(0)
              for (const f of cite.from!) expect(SOURCES[f]).toBeDefined()
            }
          }
          expect(c.counts.any).toEqual({ per: 'vertebra', imaging: d })
          expect(c.counts.embolism).toEqual({ per: 'vertebra', imaging: 'ct' })
        }
        // kyphoplasty's any-leak figure is derived from vertebroplasty's and the head-to-head ratio
        if (proc === 'kp') expect(citations(proc, d).any.from).toContain('josr2018')
      }
    }
    // the only estimates are vertebroplasty's needle track (and the metastatic split's)
    expect(PATHWAYS.filter((p) => citations('vp', 'xray').pathway[p].id === 'model')).toEqual(['needle'])
    expect(PATHWAYS.filter((p) => citations('kp', 'xray').pathway[p].id === 'model')).toEqual([])
  })
})

describe('student view: how each factor moves each pathway', () => {
  const rows = (proc: 'vp' | 'kp') => Object.fromEntries(factorTable(proc).map((r) => [r.factor, r.ratio]))
  it('has a row for every factor, each a finite positive ratio', () => {
    for (const proc of ['vp', 'kp'] as const) {
      const t = factorTable(proc, 'ct')
      expect(t.map((r) => r.factor)).toEqual(Object.keys(FACTOR_CHANGES))
      for (const r of t)
        for (const v of Object.values(r.ratio)) {
          expect(Number.isFinite(v)).toBe(true)
          expect(v).toBeGreaterThan(0)
        }
    }
  })
  it('moves the pathways the evidence says each factor moves, and no others', () => {
    const vp = rows('vp')
    // a breach opens the canal far more than any other pathway; a cracked endplate the disc
    // a breach raises every pathway by the one odds ratio (no osteoporotic canal share published)
    expect(vp.wall.canal).toBeCloseTo(vp.wall.disc, 6)
    expect(vp.wall.canal).toBeGreaterThan(1)
    // a crack moves its extra leaks into the disc and leaves the other pathways where they were
    expect(vp.endplate.disc).toBeGreaterThan(2)
    for (const p of ['venous', 'paravertebral', 'canal', 'needle'] as const) expect(vp.endplate[p]).toBeCloseTo(1, 9)
    // a cleft shifts leaks from the veins to the cortex
    expect(vp.cleft.venous).toBeLessThan(1)
    expect(vp.cleft.disc).toBeGreaterThan(1)
    // runny cement raises every pathway, thick cement lowers every one; more cement raises any leak
    for (const p of PATHWAYS) {
      expect(vp.lowVisc[p]).toBeGreaterThan(1)
      expect(vp.highVisc[p]).toBeLessThan(1)
    }
    expect(vp.moreCement.any).toBeGreaterThan(1)
    // a tumour moves leaks into the canal, not how often they happen; two needles move nothing (not applied);
    // mixing time is not in the population figures; symptoms move with no factor
    expect(vp.tumor.any).toBeCloseTo(1, 9)
    expect(vp.tumor.canal).toBeGreaterThan(10)
    for (const f of ['bilateral', 'lateStart'] as const)
      for (const k of ['any', ...PATHWAYS] as const) {
        expect(vp[f][k]).toBeCloseTo(1, 9)
        expect(rows('kp')[f][k]).toBeCloseTo(1, 9)
      }
    for (const f of Object.keys(FACTOR_CHANGES) as (keyof typeof FACTOR_CHANGES)[])
      expect(vp[f].symptomatic).toBeCloseTo(1, 9)
  })
})

describe('overlay pulse: when the cement front reaches a region', () => {
  // runny cement reaches a vein before the operator's rules stop it (a breached wall stops it at the back quarter first)
  const c = { ...DEFAULT_CASE, visc: 'low' as const }
  it('pulses each reached pathway exactly when the leak first shows, and never before', async () => {
    const { cementFieldForCase } = await import('../../src/core/cement/forCase')
    const field = { ...cementFieldForCase(c), key: 'test' }
    const plan = buildPlan(c, c.proc, field.stop)
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
