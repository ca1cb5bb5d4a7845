// The procedure as it is done: the injection stops where a careful operator stops it, a needle that fits the
// level, the final images, a volume that fits the body, and words that follow the case.
import { describe, expect, it } from 'vitest'
import { DEFAULT_CASE, TREATABLE_LEVELS, defaultVolume, type CaseParams } from '../../src/core/case'
import { buildPlan, PAUSE_S } from '../../src/core/plans'
import { stateAt } from '../../src/core/timeline'
import { cementFieldForCase } from '../../src/core/cement/forCase'
import { anatomyFor } from '../../src/core/cement/forCase'
import { invade, leaksAt } from '../../src/core/cement/field'
import { layoutFor } from '../../src/core/anatomy/vertebra'
import { instrumentLayout } from '../../src/core/anatomy/instruments'
import { GAUGE_MM, WALL_MM, pedicleClearance } from '../../src/core/anatomy/needleRoute'
import { carmViews } from '../../src/core/fluoro/carm'
import { ruleMargin } from '../../src/core/fluoro/safety'
import { captionFacts } from '../../src/core/captionFacts'
import { TEXT } from '../../src/content/all'

const withField = (patch: Partial<CaseParams>) => {
  const c = { ...DEFAULT_CASE, ...patch }
  const field = cementFieldForCase(c)
  const summary = { key: 'k', vmax: field.vmax, curve: field.curve, events: field.events, stop: field.stop }
  return { c, field, summary, plan: buildPlan(c, c.proc, field.stop) }
}
const injection = (plan: ReturnType<typeof buildPlan>) =>
  plan.chapters.find((ch) => ch.id === 'cement-injection' || ch.id === 'cavity-fill')!

describe('stop rules', () => {
  it('runny cement against a breached back wall stops early, at the back quarter, and says so from then on', () => {
    const { plan, summary } = withField({ visc: 'low', wall: 'breached' })
    expect(plan.stop.end?.reason).toBe('posterior-wall')
    expect(plan.injectedMl).toBeLessThan(DEFAULT_CASE.vol / 2)
    const ch = injection(plan),
      tStop = plan.stopTimes.end!
    expect(tStop).toBeGreaterThan(ch.start)
    expect(tStop).toBeLessThan(ch.end)
    const before = stateAt(plan, tStop - 0.1, summary).json.cement,
      after = stateAt(plan, ch.end - 0.01, summary).json.cement
    expect(before.stop).toBeNull()
    expect(after.stop).toMatchObject({ reason: 'posterior-wall', final: true })
    // nothing more goes in after the stop, and the final images show the same cement
    expect(after.volumeMl).toBeCloseTo(plan.injectedMl, 2)
    const last = plan.chapters.find((c) => c.id === 'final-images')!
    expect(stateAt(plan, last.start + 1, summary).json.cement.volumeMl).toBeCloseTo(plan.injectedMl, 2)
  })

  it('at the first leak the injection pauses, holds its volume, then goes on; the paused leak grows less than without the rules', () => {
    const { c, plan, summary, field } = withField({ visc: 'low' })
    const pause = plan.stop.pause!
    expect(pause.pathway).toBe('venous')
    const [t0, t1] = plan.stopTimes.pause!
    expect(t1 - t0).toBeCloseTo(PAUSE_S, 6)
    const at = (t: number) => stateAt(plan, t, summary).json.cement
    expect(at(t0 + 0.1).volumeMl).toBeCloseTo(at(t1 - 0.1).volumeMl, 6)
    expect(at(t0 + 0.1).stop).toMatchObject({ reason: 'leak', final: false, pathway: 'venous' })
    expect(at(t1 + 0.5).volumeMl).toBeGreaterThan(at(t1 - 0.1).volumeMl)
    // the leak seen before the pause stays visible
    expect(at(t1 + 0.5).leaks.some((l) => l.pathway === 'venous')).toBe(true)
    const a = anatomyFor(c)
    const free = invade(a.vm, a.D, a.sources, c)
    const venous = (f: Parameters<typeof leaksAt>[0], ml: number) =>
      leaksAt(f, ml).find((l) => l.pathway === 'venous')?.volumeMl ?? 0
    const end = field.stop!.end?.atMl ?? 6
    expect(venous(field, end)).toBeLessThan(venous(free, end))
  })

  it('thick cement in the default body reaches its planned volume without a stop', () => {
    const { plan, summary } = withField({ visc: 'high' })
    expect(plan.stop).toEqual({ pause: null, end: null })
    expect(plan.injectedMl).toBe(DEFAULT_CASE.vol)
    expect(stateAt(plan, injection(plan).end, summary).json.cement.stop).toBeNull()
  })

  it('a plan built before the field arrives injects as planned, and scrubbing a stopped plan is reversible', () => {
    const { plan, summary } = withField({ visc: 'low', wall: 'breached' })
    expect(buildPlan({ ...DEFAULT_CASE, visc: 'low', wall: 'breached' }).injectedMl).toBe(DEFAULT_CASE.vol)
    const t = plan.stopTimes.end! + 0.3
    const a = JSON.stringify(stateAt(plan, t, summary).json)
    stateAt(plan, plan.duration, summary)
    stateAt(plan, 0, summary)
    expect(JSON.stringify(stateAt(plan, t, summary).json)).toBe(a)
  })
})

describe('a needle that fits the level', () => {
  it('every planned transpedicular path leaves a millimetre of bone each side and keeps the medial-wall rule with the trocar’s width', () => {
    for (const level of TREATABLE_LEVELS)
      for (const approach of ['uni', 'bi'] as const) {
        const plan = buildPlan({ ...DEFAULT_CASE, level, approach, vol: defaultVolume(level) })
        const views = carmViews(plan.layout)
        plan.instruments.needles.forEach((n, i) => {
          const side = i === 0 ? 1 : -1
          expect([11, 13]).toContain(n.gauge)
          expect(n.radiusMm).toBeCloseTo(GAUGE_MM[n.gauge].outer / 2, 6)
          if (n.route !== 'transpedicular') return
          expect(pedicleClearance(plan.layout, side, n.bone, n.tip), `${level} ${approach}`).toBeGreaterThanOrEqual(
            n.radiusMm + WALL_MM - 1e-9,
          )
          expect(
            ruleMargin(n, side, plan.layout, plan.case, plan.loss, views),
            `${level} ${approach}`,
          ).toBeGreaterThanOrEqual(0)
        })
      }
  })

  it('T5 (3.65 mm pedicles) does not take an 11-gauge trocar through the pedicle; the lumbar spine does', () => {
    for (const approach of ['uni', 'bi'] as const) {
      const t5 = instrumentLayout(layoutFor('T5'), { ...DEFAULT_CASE, approach }).needles[0]
      expect(t5.gauge === 13 || t5.route === 'extrapedicular').toBe(true)
      expect(t5.gauge === 11 && t5.route === 'transpedicular').toBe(false)
      const l3 = instrumentLayout(layoutFor('L3'), { ...DEFAULT_CASE, approach }).needles[0]
      expect([l3.gauge, l3.route]).toEqual([11, 'transpedicular'])
    }
    const s = stateAt(buildPlan({ ...DEFAULT_CASE, level: 'T5', vol: 2 }), 30).json
    expect(s.needle.gauge).toBe(13)
  })

  it('the usual volume is smaller in the thoracic spine, and the state reports the share of the body filled', () => {
    expect(defaultVolume('T5')).toBeLessThan(defaultVolume('L3'))
    const plan = buildPlan(DEFAULT_CASE)
    const s = stateAt(plan, injection(plan).end).json.cement
    expect(s.fillFraction).toBeGreaterThan(0.1)
    expect(s.fillFraction).toBeLessThan(0.25)
  })
})

describe('words that follow the case and the reader', () => {
  const words = (patch: Partial<CaseParams>, lang: 'en' | 'es' = 'en') => {
    const { plan, summary } = withField(patch)
    const f = captionFacts(plan, summary)
    return (id: keyof typeof TEXT.en.CHAPTERS, mode: 'patient' | 'surgeon' | 'student') =>
      TEXT[lang].CHAPTERS[id][mode](f)
  }

  it('the fracture step speaks of the tumour, the shape and a broken back wall when the case has them', () => {
    const w = words({ cause: 'tumor', morph: 'crush', wall: 'breached' })
    expect(w('fracture', 'patient')).toMatch(/tumour/)
    expect(w('fracture', 'patient')).not.toMatch(/osteoporosis|wedge/)
    expect(w('fracture', 'patient')).toMatch(/back wall/)
    expect(words({})('fracture', 'patient')).toMatch(/osteoporosis.*wedge/)
    expect(words({ cause: 'tumor' }, 'es')('fracture', 'patient')).toMatch(/tumor/)
  })

  it('one needle or two, and the route, in the words', () => {
    expect(words({})('hardening', 'patient')).toMatch(/needle is/)
    expect(words({ approach: 'bi' })('hardening', 'patient')).toMatch(/needles are/)
    expect(words({ level: 'T5', vol: 2 })('needle-placement', 'surgeon')).toMatch(/13-gauge.*extrapedicular/)
  })

  it('the injection step says where and why it stopped, and each reader gets different words', () => {
    const w = words({ visc: 'low', wall: 'breached' })
    expect(w('cement-injection', 'patient')).toMatch(/stopped at 0\.\d mL, because the cement came near the back/)
    const three = new Set((['patient', 'surgeon', 'student'] as const).map((m) => w('cement-injection', m)))
    expect(three.size).toBe(3)
    expect(w('cement-injection', 'student')).toMatch(/Zhang 2018/)
    expect(words({})('final-images', 'patient')).toMatch(/X-ray pictures/)
    // the balloon's inflation says which end point stopped it: a large lumbar body at the tamp's 3 mL, a small one at its walls
    expect(words({ proc: 'kp', approach: 'uni' })('balloon-inflation', 'surgeon')).toMatch(
      /to 3\.0 mL, stopped at the tamp’s volume limit/,
    )
    expect(words({ proc: 'kp', approach: 'uni', level: 'T8', vol: 2 })('balloon-inflation', 'surgeon')).toMatch(
      /stopped with the balloon pressing on the endplates/,
    )
  })
})
