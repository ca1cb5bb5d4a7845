// The leak-risk model against its sources: each base rate, each published effect alone, the pathway split
// and the CT view; then the properties every case must keep (bounds, direction, no NaN, consistency).
import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE, ENUMS, type CaseParams } from '../../src/core/case'
import { PATHWAYS, computeRisk, splitAnyLeak } from '../../src/core/risk/model'
import { BASE_ANY_LEAK, CT_ANY_LEAK_VP, OR_CLEFT, OR_CORTICAL, OR_LOW_VISCOSITY, PCE_VP, RR_HIGH_VS_LOW, RR_UNI_KP } from '../../src/core/risk/evidence'
import { riskColor } from '../../src/core/risk/colors'

const odds = (p: number) => p / (1 - p)
const base = (over: Partial<CaseParams> = {}): CaseParams => ({ ...DEFAULT_CASE, vol: 4, approach: 'bi', ...over })
const union = (ps: number[]) => 1 - ps.reduce((q, p) => q * (1 - p), 1)

describe('risk model: its sources', () => {
  it('reproduces each procedure base rate on X-ray (Zhan 2017: VP 54.7 %, KP 18.4 %) and VP on CT (82 %)', () => {
    expect(computeRisk(base(), 'vp').anyLeak).toBeCloseTo(BASE_ANY_LEAK.vp.value, 6)
    expect(computeRisk(base(), 'kp').anyLeak).toBeCloseTo(BASE_ANY_LEAK.kp.value, 6)
    expect(computeRisk(base(), 'vp', 'ct').anyLeak).toBeCloseTo(CT_ANY_LEAK_VP.value, 6)
    // CT finds more in kyphoplasty too, and never fewer on any pathway
    const kx = computeRisk(base(), 'kp'), kc = computeRisk(base(), 'kp', 'ct')
    expect(kc.anyLeak).toBeGreaterThan(kx.anyLeak * 1.5)
    for (const p of PATHWAYS) expect(kc.pathways[p]).toBeGreaterThanOrEqual(kx.pathways[p] - 1e-12)
  })
  it('applies each published effect alone as its odds or risk ratio', () => {
    for (const proc of ['vp', 'kp'] as const) {
      const ref = computeRisk(base(), proc).anyLeak
      const or = (over: Partial<CaseParams>) => odds(computeRisk(base(over), proc).anyLeak) / odds(ref)
      expect(or({ wall: 'breached' })).toBeCloseTo(OR_CORTICAL.value, 6)
      expect(or({ endplate: 'cracked' })).toBeCloseTo(OR_CORTICAL.value, 6)
      expect(or({ wall: 'breached', endplate: 'cracked' })).toBeCloseTo(OR_CORTICAL.value, 6) // one factor, counted once
      expect(or({ visc: 'low' })).toBeCloseTo(OR_LOW_VISCOSITY.value, 6)
      expect(or({ cleft: true })).toBeCloseTo(OR_CLEFT.value, 6)
      const low = computeRisk(base({ visc: 'low' }), proc).anyLeak, high = computeRisk(base({ visc: 'high' }), proc).anyLeak
      expect(high).toBeCloseTo(Math.min(ref, RR_HIGH_VS_LOW.value * low), 9)
    }
    expect(computeRisk(base({ approach: 'uni' }), 'kp').anyLeak / computeRisk(base(), 'kp').anyLeak).toBeCloseTo(RR_UNI_KP.value, 6)
    expect(computeRisk(base({ approach: 'uni' }), 'vp').anyLeak).toBeCloseTo(computeRisk(base(), 'vp').anyLeak, 9) // RR 0.89, not significant
  })
  it('splits VP leaks as Hsieh 2019 found them, and moves each pathway with its own factors', () => {
    const r = computeRisk(base(), 'vp')
    expect(r.pathways.disc).toBeCloseTo(0.26, 2)
    expect(r.pathways.paravertebral).toBeCloseTo(0.25, 2)
    expect(r.pathways.venous).toBeCloseTo(0.163, 2)
    expect(r.pathways.canal).toBeCloseTo(0.007, 3)
    // kyphoplasty: veins first, then the disc (270-vertebra series)
    const k = computeRisk(base(), 'kp').pathways
    expect(k.venous).toBeGreaterThan(k.disc); expect(k.disc).toBeGreaterThan(k.canal)
    // a breach opens the canal (15.9 % of metastatic vertebrae with a destroyed wall), a crack the disc
    expect(computeRisk(base({ wall: 'breached' }), 'vp').pathways.canal).toBeGreaterThan(0.1)
    expect(computeRisk(base({ endplate: 'cracked' }), 'vp').pathways.disc).toBeGreaterThan(r.pathways.disc * 1.5)
    // a cleft moves leaks from the veins to the cortex (PMC8449924)
    const cl = computeRisk(base({ cleft: true }), 'vp').pathways
    expect(cl.venous / cl.disc).toBeLessThan(r.pathways.venous / r.pathways.disc)
    // embolism near Luetmer's 9.4 % for base VP on chest CT
    expect(r.embolism).toBeCloseTo(PCE_VP.value, 2)
  })
})

describe('risk model: properties', () => {
  it('rises with volume, a breach and runny cement; the CI range holds the estimate', () => {
    let prev = -1
    for (let v = 0.5; v <= 10; v += 0.5) {
      const p = computeRisk(base({ vol: v })).anyLeak
      expect(p).toBeGreaterThan(prev)
      prev = p
    }
    const r = (o: Partial<CaseParams>) => computeRisk(base(o))
    expect(r({ wall: 'breached' }).anyLeak).toBeGreaterThan(r({}).anyLeak)
    expect(r({ visc: 'low' }).anyLeak).toBeGreaterThan(r({ visc: 'medium' }).anyLeak)
    expect(r({ visc: 'medium' }).anyLeak).toBeGreaterThan(r({ visc: 'high' }).anyLeak)
    for (const p of PATHWAYS) expect(r({ visc: 'low' }).pathways[p]).toBeGreaterThanOrEqual(r({ visc: 'medium' }).pathways[p])
    const w = r({ wall: 'breached', visc: 'low' })
    expect(w.anyLeakRange[0]).toBeLessThan(w.anyLeak); expect(w.anyLeakRange[1]).toBeGreaterThan(w.anyLeak)
  })
  it('keeps every probability in [0, 1], never NaN, with pathways that make up any-leak', () => {
    for (const proc of ENUMS.proc) for (const visc of ENUMS.visc) for (const wall of ENUMS.wall) for (const endplate of ENUMS.endplate)
      for (const cause of ENUMS.cause) for (const cleft of [false, true]) for (const approach of ENUMS.approach)
        for (const vol of [0.5, 4, 10, NaN, Infinity, -3]) for (const det of ['xray', 'ct'] as const) {
          const r = computeRisk(base({ visc, wall, endplate, cause, cleft, approach, vol }), proc, det)
          const all = [r.anyLeak, r.symptomatic, r.embolism, r.embolismSymptomatic, ...r.anyLeakRange, ...Object.values(r.pathways)]
          for (const p of all) { expect(Number.isNaN(p)).toBe(false); expect(p).toBeGreaterThanOrEqual(0); expect(p).toBeLessThanOrEqual(1) }
          for (const k of PATHWAYS) expect(r.pathways[k]).toBeLessThanOrEqual(r.anyLeak + 1e-12)
          expect(union(PATHWAYS.map((k) => r.pathways[k]))).toBeCloseTo(r.anyLeak, 6)
          expect(r.symptomatic).toBeLessThan(r.anyLeak)
        }
  })
  it('splits any probability, 0 and 1 included, into pathways whose union is that probability', () => {
    const w = { disc: 0.3, paravertebral: 0.2, canal: 0.01, venous: 0.1, needle: 0 }
    for (const any of [0, 1e-6, 0.3, 0.99, 1]) expect(union(Object.values(splitAnyLeak(any, w)))).toBeCloseTo(any, 6)
  })
  it('colours risk on a monotone scale', () => {
    const lum = (hex: string) => { const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)); return 0.2126 * r + 0.7152 * g + 0.0722 * b }
    let prev = Infinity
    for (let p = 0; p <= 0.6; p += 0.02) { const l = lum(riskColor(p)); expect(l).toBeLessThanOrEqual(prev + 1e-9); prev = l }
    expect(riskColor(NaN)).toBe(riskColor(0))
  })
})
