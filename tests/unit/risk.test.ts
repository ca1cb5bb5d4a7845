import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE, ENUMS, type CaseParams } from '../../src/core/case'
import { BASE_ANY_LEAK, OR_CORTICAL_DISRUPTION, OR_LOW_VISCOSITY, PATHWAYS, RR_HIGH_VS_LOW, computeRisk } from '../../src/core/risk/model'
import { riskColor } from '../../src/core/risk/colors'

const odds = (p: number) => p / (1 - p)
const base = (over: Partial<CaseParams> = {}) => ({ ...DEFAULT_CASE, vol: 4, ...over })

describe('risk model', () => {
  it('reproduces the pooled base rates (Zhan 2017: VP 54.7 %, KP 18.4 %)', () => {
    expect(computeRisk(base(), 'vp').anyLeak).toBeCloseTo(BASE_ANY_LEAK.vp, 6)
    expect(computeRisk(base(), 'kp').anyLeak).toBeCloseTo(BASE_ANY_LEAK.kp, 6)
  })
  it('applies each published effect alone as its odds or risk ratio', () => {
    for (const proc of ['vp', 'kp'] as const) {
      const ref = computeRisk(base(), proc).anyLeak
      expect(odds(computeRisk(base({ wall: 'breached' }), proc).anyLeak) / odds(ref)).toBeCloseTo(OR_CORTICAL_DISRUPTION, 6)
      const low = computeRisk(base({ visc: 'low' }), proc).anyLeak
      expect(odds(low) / odds(ref)).toBeCloseTo(OR_LOW_VISCOSITY, 6)
      const high = computeRisk(base({ visc: 'high' }), proc).anyLeak
      expect(high).toBeLessThanOrEqual(ref)
      expect(high).toBeLessThanOrEqual(RR_HIGH_VS_LOW * low + 1e-12)
    }
  })
  it('rises with volume and with a breach, falls with thicker cement', () => {
    let prev = -1
    for (let v = 0.5; v <= 10; v += 0.5) {
      const p = computeRisk(base({ vol: v })).anyLeak
      expect(p).toBeGreaterThan(prev)
      prev = p
    }
    expect(computeRisk(base({ wall: 'breached' })).pathways.canal).toBeGreaterThan(computeRisk(base()).pathways.canal * 5)
    expect(computeRisk(base({ visc: 'low' })).anyLeak).toBeGreaterThan(computeRisk(base({ visc: 'medium' })).anyLeak)
    expect(computeRisk(base({ visc: 'medium' })).anyLeak).toBeGreaterThan(computeRisk(base({ visc: 'high' })).anyLeak)
  })
  it('keeps every probability in [0, 1], never NaN, each pathway within any-leak', () => {
    for (const proc of ENUMS.proc) for (const visc of ENUMS.visc) for (const wall of ENUMS.wall) for (const cause of ENUMS.cause)
      for (const vol of [0.5, 2, 4, 6, 10, NaN, Infinity]) {
        const r = computeRisk(base({ visc, wall, cause, vol }), proc)
        for (const p of [r.anyLeak, r.symptomatic, ...Object.values(r.pathways)]) {
          expect(Number.isNaN(p)).toBe(false)
          expect(p).toBeGreaterThanOrEqual(0)
          expect(p).toBeLessThanOrEqual(1)
        }
        for (const k of PATHWAYS) expect(r.pathways[k]).toBeLessThanOrEqual(r.anyLeak + 1e-12)
        expect(r.symptomatic).toBeLessThan(r.anyLeak)
      }
  })
  it('colours risk on a monotone scale', () => {
    const lum = (hex: string) => { const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)); return 0.2126 * r + 0.7152 * g + 0.0722 * b }
    let prev = Infinity
    for (let p = 0; p <= 0.6; p += 0.02) { const l = lum(riskColor(p)); expect(l).toBeLessThanOrEqual(prev + 1e-9); prev = l }
    expect(riskColor(NaN)).toBe(riskColor(0))
  })
})
