import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE, GRADE_LOSS, type CaseParams } from '../../src/core/case'
import { buildPlan } from '../../src/core/plans'
import { stateAt, chapterIndexAt } from '../../src/core/timeline'

const vp = buildPlan({ ...DEFAULT_CASE, proc: 'vp' })
const kp = buildPlan({ ...DEFAULT_CASE, proc: 'kp' })

describe('stateAt', () => {
  it('is total: any t gives a valid state', () => {
    for (const plan of [vp, kp]) {
      for (const t of [
        NaN,
        -Infinity,
        -1e9,
        -0.001,
        0,
        0.5,
        plan.duration / 3,
        plan.duration,
        plan.duration + 1,
        1e12,
        Infinity,
      ]) {
        const { json } = stateAt(plan, t)
        expect(Number.isFinite(json.t)).toBe(true)
        expect(json.t).toBeGreaterThanOrEqual(0)
        expect(json.t).toBeLessThanOrEqual(plan.duration)
        expect(plan.chapters.map((c) => c.id)).toContain(json.chapter)
        for (const v of [json.vertebra.anteriorHeightMm, json.needle.depthMm, json.cement.volumeMl, json.risk.anyLeak])
          expect(Number.isFinite(v)).toBe(true)
      }
    }
    expect(stateAt(vp, NaN).json.t).toBe(0)
    expect(stateAt(vp, Infinity).json.t).toBe(vp.duration)
  })

  it('is deterministic and reversible: the same t gives the same state whatever came before', () => {
    for (const plan of [vp, kp]) {
      for (let i = 0; i <= 40; i++) {
        const t = (plan.duration * i) / 40
        const first = JSON.stringify(stateAt(plan, t))
        stateAt(plan, plan.duration)
        stateAt(plan, 0)
        stateAt(plan, plan.duration - t)
        expect(JSON.stringify(stateAt(plan, t))).toBe(first)
      }
      // a plan built again from the same case gives the same states
      const again = buildPlan(plan.case, plan.procedure)
      expect(JSON.stringify(stateAt(again, 17.3).json)).toBe(JSON.stringify(stateAt(plan, 17.3).json))
    }
  })

  it('tells each procedure in its chapters, in order, with no gaps', () => {
    expect(vp.chapters.map((c) => c.id)).toEqual([
      'healthy',
      'fracture',
      'preparation',
      'needle-placement',
      'cement-injection',
      'hardening',
      'final-images',
      'result',
    ])
    expect(kp.chapters.map((c) => c.id)).toEqual([
      'healthy',
      'fracture',
      'preparation',
      'needle-placement',
      'balloon-placement',
      'balloon-inflation',
      'cavity-creation',
      'cavity-fill',
      'internal-cast',
      'final-images',
      'result',
    ])
    for (const plan of [vp, kp]) {
      expect(plan.chapters[0].start).toBe(0)
      plan.chapters.forEach((c, i) => {
        expect(c.end).toBeGreaterThan(c.start)
        if (i > 0) expect(c.start).toBe(plan.chapters[i - 1].end)
        // boundaries: the start belongs to the chapter, the instant before to the one before
        expect(stateAt(plan, c.start).json.chapter).toBe(c.id)
        if (i > 0) expect(stateAt(plan, c.start - 1e-6).json.chapter).toBe(plan.chapters[i - 1].id)
        expect(chapterIndexAt(plan.chapters, (c.start + c.end) / 2)).toBe(i)
      })
      expect(stateAt(plan, plan.duration).json.chapter).toBe('result')
    }
  })

  it('moves the needle only forward while placing it, and the cement only up while injecting', () => {
    const rising = (plan: typeof vp, id: string, pick: (t: number) => number) => {
      const ch = plan.chapters.find((c) => c.id === id)!
      let prev = -Infinity
      for (let i = 0; i <= 200; i++) {
        const v = pick(ch.start + ((ch.end - ch.start) * i) / 200)
        expect(v).toBeGreaterThanOrEqual(prev - 1e-9)
        prev = v
      }
      return prev
    }
    for (const plan of [vp, kp]) {
      const depth = rising(plan, 'needle-placement', (t) => stateAt(plan, t).json.needle.depthMm)
      expect(depth).toBeGreaterThan(60) // through skin, muscle and pedicle into the body
    }
    expect(rising(vp, 'cement-injection', (t) => stateAt(vp, t).json.cement.volumeMl)).toBeCloseTo(DEFAULT_CASE.vol, 5)
    expect(rising(kp, 'cavity-fill', (t) => stateAt(kp, t).json.cement.volumeMl)).toBeCloseTo(DEFAULT_CASE.vol, 5)
    expect(rising(kp, 'balloon-inflation', (t) => stateAt(kp, t).json.balloon?.volumeMl ?? 0)).toBeGreaterThan(1)
  })

  it('collapses the front of the body by the grade, and kyphoplasty restores more of it than vertebroplasty', () => {
    for (const grade of [1, 2, 3] as const) {
      const c: CaseParams = { ...DEFAULT_CASE, grade }
      const healthy = stateAt(buildPlan(c, 'vp'), 0).json.vertebra
      const frPlan = buildPlan(c, 'vp')
      const fractured = stateAt(frPlan, frPlan.chapters.find((ch) => ch.id === 'fracture')!.end).json.vertebra
      const loss = 1 - fractured.anteriorHeightMm / healthy.anteriorHeightMm
      expect(loss).toBeCloseTo(GRADE_LOSS[grade], 3) // heights are reported to 0.01 mm
      expect(fractured.posteriorHeightMm).toBeCloseTo(healthy.posteriorHeightMm, 2) // a wedge keeps the back
      const endVp = stateAt(buildPlan(c, 'vp'), Infinity).json.vertebra.anteriorHeightMm
      const endKp = stateAt(buildPlan(c, 'kp'), Infinity).json.vertebra.anteriorHeightMm
      expect(endKp).toBeGreaterThan(endVp)
      expect(endVp).toBeGreaterThanOrEqual(fractured.anteriorHeightMm)
      expect(endKp).toBeLessThan(healthy.anteriorHeightMm) // never more than published series restore
    }
  })

  it('has a balloon only in kyphoplasty, and only while it is in the bone', () => {
    for (let t = 0; t <= vp.duration; t += 0.5) expect(stateAt(vp, t).json.balloon).toBeNull()
    const inflate = kp.chapters.find((c) => c.id === 'balloon-inflation')!
    expect(stateAt(kp, (inflate.start + inflate.end) / 2).json.balloon).not.toBeNull()
    expect(stateAt(kp, kp.duration).json.balloon).toBeNull()
  })

  it('takes the needle out at the end', () => {
    expect(stateAt(vp, vp.duration).json.needle.depthMm).toBe(0)
    expect(stateAt(kp, kp.duration).json.needle.depthMm).toBe(0)
  })
})
