// The leak-risk model against its sources: each figure pinned to its source and to what it counts, each
// effect applied once, the implied contrasts inside their published intervals; then the properties every case
// must keep (bounds, monotone in volume, pathways that make up any leak, no NaN).
import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE, ENUMS, TREATABLE_LEVELS, defaultVolume, type CaseParams } from '../../src/core/case'
import { PATHWAYS, computeRisk, splitAnyLeak, viscosityLogOdds } from '../../src/core/risk/model'
import {
  CT_ANY_VP,
  CT_ANY_VP_PER_PATIENT,
  OR_CLEFT,
  OR_CORTICAL,
  OR_LOW_VISCOSITY_ZHAN,
  PATHWAY_SOURCE,
  PCE_VP,
  PCE_VP_PER_PATIENT,
  RR_HIGH_VS_LOW,
  RR_KP_VS_VP,
  STACKED_SHRINK,
  SYMPTOMATIC_LEAK,
  SYMPTOMATIC_TUMOR,
  VP_ANY_SPREAD,
  VP_ANY_XRAY,
  perLevel,
} from '../../src/core/risk/evidence'
import { SOURCES } from '../../src/core/risk/sources'
import { riskColor } from '../../src/core/risk/colors'

const odds = (p: number) => p / (1 - p)
const base = (over: Partial<CaseParams> = {}): CaseParams => ({ ...DEFAULT_CASE, ...over })
const union = (ps: number[]) => 1 - ps.reduce((q, p) => q * (1 - p), 1)

describe('risk model: each figure is what its study measured', () => {
  it('takes vertebroplasty from Hulme 2006, per treated vertebra on X-ray, with the spread across sources', () => {
    expect(VP_ANY_XRAY).toMatchObject({
      value: 0.41,
      source: 'hulme2006',
      counts: { per: 'vertebra', imaging: 'xray' },
    })
    expect(computeRisk(base(), 'vp').anyLeak).toBeCloseTo(0.41, 6)
    // Rose 2024's direct comparisons (39.3 %) to Zhan 2017 (54.7 %), the baseline's own uncertainty
    expect(VP_ANY_SPREAD).toEqual([0.393, 0.547])
    const [lo, hi] = computeRisk(base(), 'vp').anyLeakRange
    expect(lo).toBeCloseTo(0.393, 6)
    expect(hi).toBeCloseTo(0.547, 6)
  })
  it("gives kyphoplasty vertebroplasty's figure times the head-to-head risk ratio, one baseline for both", () => {
    expect(RR_KP_VS_VP).toMatchObject({ value: 0.62, ci: [0.47, 0.8], source: 'josr2018' })
    for (const over of [
      {},
      { wall: 'breached' },
      { visc: 'high' },
      { cleft: true },
      { vol: 6 },
    ] as Partial<CaseParams>[]) {
      const vp = computeRisk(base(over), 'vp').anyLeak,
        kp = computeRisk(base(over), 'kp').anyLeak
      expect(kp / vp).toBeCloseTo(0.62, 6)
    }
    // the direct comparisons of Rose 2024 (28.9 / 39.3 = 0.74) lie inside the ratio's interval
    expect(0.289 / 0.393).toBeGreaterThan(RR_KP_VS_VP.ci![0])
    expect(0.289 / 0.393).toBeLessThan(RR_KP_VS_VP.ci![1])
    // not the 4.6-fold gap of two separately pooled rates
    expect(computeRisk(base(), 'vp').anyLeak / computeRisk(base(), 'kp').anyLeak).toBeLessThan(2)
  })
  it('converts the per-patient CT and embolism series to per treated vertebra, and says it is derived', () => {
    expect(CT_ANY_VP_PER_PATIENT).toMatchObject({
      value: 0.82,
      counts: { per: 'patient', imaging: 'ct' },
      source: 'mayo2012',
    })
    // 181 patients at 277 levels: 1 - 0.18^(181/277)
    expect(CT_ANY_VP.value).toBeCloseTo(1 - 0.18 ** (181 / 277), 9)
    expect(CT_ANY_VP.value).toBeCloseTo(0.674, 3)
    expect(CT_ANY_VP).toMatchObject({ source: 'derived', counts: { per: 'vertebra', imaging: 'ct' } })
    expect(computeRisk(base(), 'vp', 'ct').anyLeak).toBeCloseTo(CT_ANY_VP.value, 6)
    // Luetmer 2011: 23 of 244 patients at 465 levels -> about 5 % per level
    expect(PCE_VP_PER_PATIENT.value).toBe(0.094)
    expect(PCE_VP.value).toBeCloseTo(perLevel(0.094, 465 / 244), 9)
    expect(PCE_VP.value).toBeCloseTo(0.0505, 3)
    expect(computeRisk(base(), 'vp').embolism).toBeCloseTo(PCE_VP.value, 6)
    // kyphoplasty's embolism is lower than vertebroplasty's (J Orthop Surg Res 2021), by the head-to-head ratio
    expect(computeRisk(base(), 'kp').embolism).toBeCloseTo(PCE_VP.value * RR_KP_VS_VP.value, 6)
  })
  it('names symptoms as the sources do: leak-related from primary series, and complications of any cause with cancer as an upper bound', () => {
    expect(SYMPTOMATIC_LEAK).toMatchObject({ value: 0.004, ci: [0, 0.009], source: 'derived' })
    expect(SYMPTOMATIC_LEAK.derived!.from).toEqual(['rose2024', 'hsieh2019', 'luetmer2011'])
    const tumor = computeRisk(base({ cause: 'tumor' }), 'vp')
    expect(tumor.symptomatic).toBe(SYMPTOMATIC_LEAK.value) // not the 10 % "up to" figure
    expect(tumor.complicationsUpTo).toBe(SYMPTOMATIC_TUMOR.value)
    expect(SYMPTOMATIC_TUMOR.source).toBe('liao2018')
    expect(computeRisk(base(), 'vp').complicationsUpTo).toBeNull()
    // symptoms are not scaled with leaks: no study links the factors to them
    expect(computeRisk(base({ wall: 'breached', visc: 'low' }), 'vp').symptomatic).toBe(SYMPTOMATIC_LEAK.value)
  })
  it('cites a real source or "derived" for every pathway, and the published rates where they exist', () => {
    for (const split of Object.values(PATHWAY_SOURCE))
      for (const d of Object.values(split)) for (const id of Object.values(d)) expect(SOURCES[id]).toBeDefined()
    // Hsieh 2019 for VP on X-ray; Wang 2014's own types and Chen 2020's needle channel for KP; VP's needle track an estimate
    expect(PATHWAY_SOURCE.vp.xray).toMatchObject({ disc: 'hsieh2019', canal: 'hsieh2019', needle: 'model' })
    expect(PATHWAY_SOURCE.kp.xray).toMatchObject({
      venous: 'wang2014',
      disc: 'wang2014',
      needle: 'chen2020',
      paravertebral: 'derived',
    })
    const r = computeRisk(base(), 'vp')
    // Hsieh's split, scaled to 41 %: disc about as often as beside the bone, the canal rare
    expect(r.pathways.disc / r.pathways.paravertebral).toBeCloseTo(0.26 / 0.25, 2)
    expect(r.pathways.canal).toBeLessThan(0.01)
  })
})

describe('risk model: each effect counted once, each contrast inside its interval', () => {
  it('applies the cortical odds ratio once for a breach, a crack or both', () => {
    const ref = computeRisk(base(), 'vp').anyLeak
    const or = (over: Partial<CaseParams>) => odds(computeRisk(base(over), 'vp').anyLeak) / odds(ref)
    expect(or({ wall: 'breached' })).toBeCloseTo(OR_CORTICAL.value, 6)
    expect(or({ endplate: 'cracked' })).toBeCloseTo(OR_CORTICAL.value, 6)
    expect(or({ wall: 'breached', endplate: 'cracked' })).toBeCloseTo(OR_CORTICAL.value, 6)
    expect(or({ cleft: true })).toBeCloseTo(OR_CLEFT.value, 6)
  })
  it("moves a crack's extra leaks into the disc without a second odds ratio: the other pathways keep their rates", () => {
    const r = computeRisk(base(), 'vp'),
      k = computeRisk(base({ endplate: 'cracked' }), 'vp')
    for (const p of ['paravertebral', 'canal', 'venous', 'needle'] as const)
      expect(k.pathways[p]).toBeCloseTo(r.pathways[p], 9)
    expect(k.pathways.disc).toBeGreaterThan(r.pathways.disc)
    // the disc takes exactly the excess: (1 - disc') = (1 - disc)(1 - any') / (1 - any)
    expect(1 - k.pathways.disc).toBeCloseTo(((1 - r.pathways.disc) * (1 - k.anyLeak)) / (1 - r.anyLeak), 9)
    // the audit's 83 % came from applying the OR twice
    expect(k.pathways.disc).toBeLessThan(k.anyLeak)
  })
  it('raises the canal with a breach only through the one odds ratio in osteoporosis, and uses the metastatic split with cancer', () => {
    const r = computeRisk(base(), 'vp'),
      b = computeRisk(base({ wall: 'breached' }), 'vp')
    // no osteoporotic series gives canal leaks by wall status: the canal keeps its share of leaks
    expect(b.pathways.canal / b.pathways.disc).toBeCloseTo(r.pathways.canal / r.pathways.disc, 6)
    expect(b.pathways.canal).toBeLessThan(0.03) // not "about 3 in 10"
    // metastases: canal leaks as often as disc leaks, as in WJSO 2022 (15.9 % canal, 31 % disc and paravertebral)
    const t = computeRisk(base({ cause: 'tumor' }), 'vp')
    expect(t.pathways.canal / t.anyLeak).toBeGreaterThan(0.25)
    expect(t.anyLeak).toBeCloseTo(r.anyLeak, 9)
  })
  it("takes viscosity from one source: thick against runny is RR 0.38, and the implied odds ratio lies inside Zhan 2017's interval", () => {
    const low = computeRisk(base({ visc: 'low' }), 'vp').anyLeak,
      high = computeRisk(base({ visc: 'high' }), 'vp').anyLeak
    const mid = computeRisk(base(), 'vp').anyLeak
    expect(high / low).toBeCloseTo(RR_HIGH_VS_LOW.value, 4)
    const impliedOr = odds(low) / odds(high)
    expect(impliedOr).toBeGreaterThan(OR_LOW_VISCOSITY_ZHAN.ci![0])
    expect(impliedOr).toBeLessThan(OR_LOW_VISCOSITY_ZHAN.ci![1])
    expect(impliedOr).toBeCloseTo(Math.exp(viscosityLogOdds(0.38)), 6)
    // medium half way on the log odds
    expect(Math.log(odds(low) / odds(mid))).toBeCloseTo(Math.log(odds(mid) / odds(high)), 6)
  })
  it("shrinks stacked raising factors: each further one counts half, and the audit's worst case stays below 95 %", () => {
    const ref = odds(computeRisk(base(), 'vp').anyLeak)
    const both = odds(computeRisk(base({ wall: 'breached', cleft: true }), 'vp').anyLeak) / ref
    expect(both).toBeCloseTo(OR_CORTICAL.value * OR_CLEFT.value ** STACKED_SHRINK, 6)
    const worst = computeRisk(base({ visc: 'low', wall: 'breached', endplate: 'cracked', cleft: true, vol: 8 }), 'vp')
    expect(worst.anyLeak).toBeLessThan(0.95)
    expect(worst.factors.some((f) => f.id === 'stacked')).toBe(true)
  })
  it('does not apply the one-balloon subgroup result, and says so', () => {
    expect(computeRisk(base({ approach: 'uni' }), 'kp').anyLeak).toBeCloseTo(
      computeRisk(base({ approach: 'bi' }), 'kp').anyLeak,
      12,
    )
    expect(computeRisk(base({ approach: 'uni' }), 'kp').factors.find((f) => f.id === 'approach')?.source).toBe('ma2022')
  })
  it("measures volume against the level's usual volume, with a derived slope", () => {
    for (const level of TREATABLE_LEVELS) {
      expect(computeRisk(base({ level, vol: defaultVolume(level) }), 'vp').anyLeak).toBeCloseTo(0.41, 6)
    }
    // 0.59 / 1.5^2 per mL: OR 1.30 per mL
    const r4 = computeRisk(base({ vol: 4 })).anyLeak,
      r5 = computeRisk(base({ vol: 5 })).anyLeak
    expect(odds(r5) / odds(r4)).toBeCloseTo(Math.exp(0.59 / 2.25), 6)
  })
})

describe('risk model: properties', () => {
  it('rises with volume at every level; thick below medium below runny; the bounds hold the estimate', () => {
    for (const level of ['T6', 'L1', 'L4'] as const) {
      let prev = -1
      for (let v = 0.5; v <= 10; v += 0.5) {
        const p = computeRisk(base({ level, vol: v })).anyLeak
        expect(p).toBeGreaterThan(prev)
        prev = p
      }
    }
    const r = (o: Partial<CaseParams>) => computeRisk(base(o))
    expect(r({ visc: 'low' }).anyLeak).toBeGreaterThan(r({}).anyLeak)
    expect(r({}).anyLeak).toBeGreaterThan(r({ visc: 'high' }).anyLeak)
    for (const p of PATHWAYS) expect(r({ visc: 'low' }).pathways[p]).toBeGreaterThanOrEqual(r({}).pathways[p])
    const w = r({ wall: 'breached', visc: 'low' })
    expect(w.anyLeakRange[0]).toBeLessThan(w.anyLeak)
    expect(w.anyLeakRange[1]).toBeGreaterThan(w.anyLeak)
  })
  it('keeps every probability in [0, 1], never NaN, with pathways that make up any leak', () => {
    for (const proc of ENUMS.proc)
      for (const visc of ENUMS.visc)
        for (const wall of ENUMS.wall)
          for (const endplate of ENUMS.endplate)
            for (const cause of ENUMS.cause)
              for (const cleft of [false, true])
                for (const approach of ENUMS.approach)
                  for (const vol of [0.5, 4, 10, NaN, Infinity, -3])
                    for (const det of ['xray', 'ct'] as const) {
                      const r = computeRisk(base({ visc, wall, endplate, cause, cleft, approach, vol }), proc, det)
                      const all = [
                        r.anyLeak,
                        r.symptomatic,
                        r.embolism,
                        r.embolismSymptomatic,
                        ...r.anyLeakRange,
                        ...r.symptomaticRange,
                        ...Object.values(r.pathways),
                      ]
                      for (const p of all) {
                        expect(Number.isNaN(p)).toBe(false)
                        expect(p).toBeGreaterThanOrEqual(0)
                        expect(p).toBeLessThanOrEqual(1)
                      }
                      for (const k of PATHWAYS) expect(r.pathways[k]).toBeLessThanOrEqual(r.anyLeak + 1e-12)
                      expect(union(PATHWAYS.map((k) => r.pathways[k]))).toBeCloseTo(r.anyLeak, 6)
                      expect(r.anyLeakRange[0]).toBeLessThanOrEqual(r.anyLeak + 1e-12)
                      expect(r.anyLeakRange[1]).toBeGreaterThanOrEqual(r.anyLeak - 1e-12)
                      expect(r.symptomatic).toBeLessThan(r.anyLeak)
                      if (det === 'ct')
                        expect(r.anyLeak).toBeGreaterThan(
                          computeRisk(base({ visc, wall, endplate, cause, cleft, approach, vol }), proc, 'xray')
                            .anyLeak,
                        )
                    }
  })
  it('splits any probability, 0 and 1 included, into pathways whose union is that probability', () => {
    const w = { disc: 0.3, paravertebral: 0.2, canal: 0.01, venous: 0.1, needle: 0 }
    for (const any of [0, 1e-6, 0.3, 0.99, 1]) expect(union(Object.values(splitAnyLeak(any, w)))).toBeCloseTo(any, 6)
  })
  it('colours risk on a monotone scale', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    let prev = Infinity
    for (let p = 0; p <= 0.6; p += 0.02) {
      const l = lum(riskColor(p))
      expect(l).toBeLessThanOrEqual(prev + 1e-9)
      prev = l
    }
    expect(riskColor(NaN)).toBe(riskColor(0))
  })
})
