// Vertebroplasty and kyphoplasty side by side: one timeline (kyphoplasty's) drives both.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_CASE, RANGES, sanitizeCase } from '../../src/core/case'
import { buildPlan } from '../../src/core/plans'
import { stateAt } from '../../src/core/timeline'
import { alignTime, carryTime, compareCase, isHolding } from '../../src/core/compare'
import { DEFAULT_VIEW, parseQuery } from '../../src/core/url'
import { cementFieldForCase } from '../../src/core/cement/forCase'
import { store, initialState, cementKeyOf } from '../../src/app/store'
import { seek } from '../../src/app/playbackActions'
import { setCase, setProcedure } from '../../src/app/caseActions'
import { currentStateJSON } from '../../src/app/inspection'
import { frameJSON, frameState } from '../../src/app/frameState'

const kpCase = { ...DEFAULT_CASE, proc: 'kp' as const }
const kp = buildPlan(kpCase),
  vp = buildPlan(compareCase(kpCase))
const at = (id: string) => kp.chapters.find((c) => c.id === id)!
const firstCement = (plan: typeof kp, time: (t: number) => number) => {
  for (let t = 0; t <= kp.duration; t += 0.05) if (stateAt(plan, time(t)).scene.cementMl > 0) return t
  return NaN
}

describe('one timeline for both procedures', () => {
  it('the steps both have happen together: same chapter, same moment', () => {
    for (const id of ['healthy', 'fracture', 'preparation', 'needle-placement'] as const) {
      for (const u of [0, 0.3, 0.99]) {
        const t = at(id).start + u * (at(id).end - at(id).start)
        expect(alignTime(kp, vp, t)).toBeCloseTo(t, 6)
        expect(stateAt(vp, alignTime(kp, vp, t)).json.chapter).toBe(id)
      }
    }
  })

  it('while the balloon works, vertebroplasty waits with its needle in and no cement yet', () => {
    for (const id of ['balloon-placement', 'balloon-inflation', 'cavity-creation']) {
      const t = (at(id).start + at(id).end) / 2
      expect(isHolding(kp, t)).toBe(true)
      const s = stateAt(vp, alignTime(kp, vp, t))
      expect(s.json.chapter).toBe('needle-placement')
      expect(s.json.needle.depthMm).toBeGreaterThan(30)
      expect(s.json.cement.volumeMl).toBe(0)
      expect(s.json.balloon).toBeNull()
    }
    expect(isHolding(kp, at('cavity-fill').start + 1)).toBe(false)
  })

  it('the cement goes in on both sides at once, and both have all of it by the end of filling', () => {
    const kpStart = firstCement(kp, (t) => t),
      vpStart = firstCement(vp, (t) => alignTime(kp, vp, t))
    expect(Math.abs(vpStart - kpStart)).toBeLessThan(0.2) // each side's own lead-in, mapped in proportion
    const end = at('cavity-fill').end
    expect(stateAt(vp, alignTime(kp, vp, end - 0.01)).json.cement.volumeMl).toBeCloseTo(kpCase.vol, 1)
    expect(stateAt(kp, end - 0.01).json.cement.volumeMl).toBeCloseTo(kpCase.vol, 1)
    // and kyphoplasty's balloon leaves the front of the bone taller
    const h = (plan: typeof kp, t: number) => stateAt(plan, t).json.vertebra.anteriorHeightMm
    expect(h(kp, kp.duration)).toBeGreaterThan(h(vp, vp.duration) + 1)
  })

  it('never runs backwards, ends together, and takes any input', () => {
    let prev = -1
    for (let t = -5; t <= kp.duration + 5; t += 0.1) {
      const v = alignTime(kp, vp, t)
      expect(v).toBeGreaterThanOrEqual(prev)
      expect(v).toBeGreaterThanOrEqual(0)
      expect(v).toBeLessThanOrEqual(vp.duration)
      prev = v
    }
    expect(alignTime(kp, vp, kp.duration)).toBe(vp.duration)
    expect(alignTime(kp, vp, NaN)).toBe(0)
    expect(alignTime(kp, vp, Infinity)).toBe(vp.duration)
  })
})

describe('comparing through the store', () => {
  beforeEach(() => store.setState(initialState(DEFAULT_CASE, { ...DEFAULT_VIEW })))
  afterEach(() => store.setState(initialState()))

  it("Compare keeps the case, runs on kyphoplasty's timeline, and the field made for vertebroplasty moves beside it", () => {
    const field = cementFieldForCase(DEFAULT_CASE)
    const summary = {
      key: cementKeyOf(DEFAULT_CASE),
      vmax: field.vmax,
      curve: field.curve,
      events: field.events,
      stop: field.stop,
    }
    store.setState({ cement: summary })
    seek(20)
    setProcedure('compare')
    const s = store.getState()
    expect(s.view.compare).toBe(true)
    expect(s.case.proc).toBe('kp')
    expect(s.plan.procedure).toBe('kp')
    expect(s.compare?.case).toEqual({ ...DEFAULT_CASE, proc: 'vp' })
    expect(s.compare?.cement).toBe(summary) // no second computation of the same field
    expect(s.t).toBeCloseTo(20, 6) // the fracture chapter is the same in both
    const json = currentStateJSON()
    expect(json.procedure).toBe('kp')
    expect(json.compare?.procedure).toBe('vp')
    expect(json.compare?.chapter).toBe(json.chapter)
    expect(frameJSON('compare').procedure).toBe('vp')
    expect(frameState('compare').t).toBeCloseTo(json.compare!.t, 3)
  })

  it('a case change reaches both sides; picking one procedure ends the comparison', () => {
    setProcedure('compare')
    setCase({ level: 'T12', visc: 'low' })
    let s = store.getState()
    expect(s.compare?.plan.case.level).toBe('T12')
    expect(s.compare?.case.visc).toBe('low')
    expect(s.compare?.case.proc).toBe('vp')
    setProcedure('kp')
    s = store.getState()
    expect(s.view.compare).toBe(false)
    expect(s.compare).toBeNull()
    expect(currentStateJSON().compare).toBeUndefined()
    setProcedure('compare')
    setCase({ proc: 'vp' }) // from anywhere that sets the case, e.g. the what-if panel
    s = store.getState()
    expect([s.view.compare, s.case.proc, s.compare]).toEqual([false, 'vp', null])
  })

  it('opening proc=compare from a link gives both sides at once', () => {
    const p = parseQuery('?proc=compare&t=50')
    store.setState(initialState(p.case, p.view))
    const json = currentStateJSON()
    expect(json.chapter).toBe('cavity-fill')
    expect(json.compare?.chapter).toBe('cement-injection')
  })
})

describe('changing procedure keeps the place in the story', () => {
  const vp = buildPlan(DEFAULT_CASE),
    kp = buildPlan({ ...DEFAULT_CASE, proc: 'kp' })
  const ch = (p: typeof vp, id: string) => p.chapters.find((c) => c.id === id)!

  it('the same chapter, or its counterpart, at the same progress, both ways', () => {
    const inj = ch(vp, 'cement-injection'),
      fill = ch(kp, 'cavity-fill')
    expect(carryTime(vp, kp, inj.start + 0.25 * (inj.end - inj.start))).toBeCloseTo(
      fill.start + 0.25 * (fill.end - fill.start),
      9,
    )
    expect(carryTime(kp, vp, fill.start + 0.5 * (fill.end - fill.start))).toBeCloseTo(
      inj.start + 0.5 * (inj.end - inj.start),
      9,
    )
    const hard = ch(vp, 'hardening'),
      cast = ch(kp, 'internal-cast')
    expect(carryTime(vp, kp, hard.end - 1e-3)).toBeCloseTo(cast.end, 2)
    expect(carryTime(vp, kp, 6)).toBe(6) // the fracture: the same in both
  })

  it('a balloon step lands where vertebroplasty holds (the needle in, the cement next), as the comparison shows it', () => {
    for (const id of ['balloon-placement', 'balloon-inflation', 'cavity-creation']) {
      const c = ch(kp, id),
        t = (c.start + c.end) / 2
      expect(carryTime(kp, vp, t)).toBe(alignTime(kp, vp, t))
      expect(carryTime(kp, vp, t)).toBeCloseTo(ch(vp, 'needle-placement').end, 1)
    }
  })

  it('there and back lands where it started, in every shared chapter; any time is taken', () => {
    for (const c of vp.chapters) {
      const t = c.start + 0.4 * (c.end - c.start)
      expect(carryTime(kp, vp, carryTime(vp, kp, t))).toBeCloseTo(t, 9)
    }
    for (const t of [NaN, -5, Infinity]) expect(Number.isFinite(carryTime(vp, kp, t))).toBe(true)
  })
})

describe('a changed case, sanitised', () => {
  it('brings numbers into range and keeps the old value for a bad one', () => {
    expect(sanitizeCase(DEFAULT_CASE, { vol: 99 }).vol).toBe(RANGES.vol.max)
    expect(sanitizeCase(DEFAULT_CASE, { vol: 2.345 }).vol).toBe(2.3)
    expect(sanitizeCase(DEFAULT_CASE, { mix: NaN }).mix).toBe(DEFAULT_CASE.mix)
    expect(sanitizeCase(DEFAULT_CASE, { rate: -1 }).rate).toBe(RANGES.rate.min)
  })
  it('the volume follows the level until the user picks one', () => {
    const t12 = sanitizeCase(DEFAULT_CASE, { level: 'T12' })
    expect(t12.vol).toBe(3)
    expect(sanitizeCase({ ...DEFAULT_CASE, vol: 5 }, { level: 'T12' }).vol).toBe(5)
  })
})
