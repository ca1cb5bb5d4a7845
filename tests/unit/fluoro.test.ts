import { describe, expect, it } from 'vitest'
import { buildPlan } from '../../src/core/plans'
import { DEFAULT_CASE, TREATABLE_LEVELS, type CaseParams } from '../../src/core/case'
import { layoutFor } from '../../src/core/anatomy/vertebra'
import { carmViews, fluoroLayout, project } from '../../src/core/fluoro/carm'
import { DISPLAY, MU, PULSES_PER_SECOND, greyLevel, lineIntegral } from '../../src/core/fluoro/physics'
import { exposuresDue, type Exposures } from '../../src/core/fluoro/pulses'
import { leakConspicuity, type LeakKind } from '../../src/core/fluoro/conspicuity'
import { anatomyFor } from '../../src/core/cement/forCase'
import { invade } from '../../src/core/cement/field'
import { medialWall, needleRule, ruleMargin } from '../../src/core/fluoro/safety'

describe('the C-arm views', () => {
  const L = layoutFor('L1')
  const v = carmViews(L)

  it('puts the isocentre in the middle of each image', () => {
    for (const view of [v.lateral, v.ap]) {
      const c = project(view, view.centre)!
      expect(c.u).toBeCloseTo(0.5, 6)
      expect(c.v).toBeCloseTo(0.5, 6)
      expect(c.scale).toBeCloseTo(1, 6)
    }
  })

  it("shows the front of the body on the left of the lateral image and the patient's left on the right of the AP image", () => {
    expect(project(v.lateral, [0, 0, L.zAnt])!.u).toBeLessThan(project(v.lateral, [0, 0, L.zPost])!.u)
    expect(project(v.ap, [20, 0, 0])!.u).toBeGreaterThan(0.5)
    expect(project(v.ap, [0, 10, 0])!.v).toBeLessThan(0.5) // cranial is up
  })

  it('magnifies what is nearer the source, by the ratio of the distances', () => {
    const near = project(v.ap, [10, 0, 60])!,
      far = project(v.ap, [10, 0, -60])!
    expect(near.scale).toBeGreaterThan(1)
    expect(far.scale).toBeLessThan(1)
    expect(near.u - 0.5).toBeGreaterThan(far.u - 0.5)
  })

  it("frames the treated body, its neighbours' nearer halves and the pedicles on both images", () => {
    const H = L.m.VBHa
    for (const p of [
      [0, H * 1.2, 0],
      [0, -H * 1.2, 0],
      [0, 0, L.zAnt],
      [0, 0, L.pedicleBack[2]],
    ] as const) {
      const q = project(v.lateral, [...p])!
      expect(q.u).toBeGreaterThan(0)
      expect(q.u).toBeLessThan(1)
      expect(q.v).toBeGreaterThan(0)
      expect(q.v).toBeLessThan(1)
    }
    const edge = project(v.ap, [L.m.EPW / 2, 0, 0])!
    expect(edge.u).toBeLessThan(0.95)
  })

  it('does not project a point behind the source', () => {
    expect(project(v.ap, [0, 0, 2000])).toBeNull()
  })

  it('lays two square frames side by side when wide and stacked when tall, inside the panel, words below or beside', () => {
    const words = { below: 110, beside: 260 }
    const wide = fluoroLayout(800, 300, words)
    expect(wide.frames[0].y).toBe(wide.frames[1].y)
    expect(wide.frames[1].x).toBeGreaterThan(wide.frames[0].x + wide.frames[0].size - 1)
    const tall = fluoroLayout(300, 800, words)
    expect(tall.frames[0].x).toBe(tall.frames[1].x)
    for (const f of [...wide.frames, ...tall.frames]) {
      expect(f.size).toBeGreaterThan(100)
      expect(f.x).toBeGreaterThanOrEqual(0)
    }
    expect(fluoroLayout(0, 0, words).frames.every((f) => f.size === 0)).toBe(true)
    // a wide, low panel: images at full height, words beside them
    const low = fluoroLayout(1260, 370, words)
    expect(low.frames[0].size).toBe(370)
    expect(low.words.x).toBeGreaterThanOrEqual(2 * 370 + 8)
    expect(low.words.w).toBeGreaterThanOrEqual(260)
    // half a screen: words below, the images as large as fit above them, never below 60 % of the height
    const half = fluoroLayout(630, 420, words)
    expect(half.words.y).toBeGreaterThanOrEqual(half.frames[0].size)
    expect(half.frames[0].y + half.frames[0].size).toBeLessThanOrEqual(310)
    expect(fluoroLayout(640, 200, { below: 400, beside: 9999 }).frames[0].size).toBe(120)
  })

  it('does not project a point behind the source', () => {
    expect(project(v.ap, [0, 0, 2000])).toBeNull()
  })
})

describe('what the image shows', () => {
  it('ranks the materials as a radiograph does: steel, then cement and contrast, then cortex, then cancellous bone, then gas', () => {
    expect(MU.steel).toBeGreaterThan(MU.cement)
    expect(MU.cement).toBeGreaterThan(MU.cortex)
    expect(MU.contrast).toBeGreaterThan(MU.cortex)
    expect(MU.cortex).toBeGreaterThan(MU.cancellous)
    expect(MU.cancellous).toBeGreaterThan(0)
    expect(MU.gas).toBeLessThan(0)
  })

  it('draws the trocar darker than the bone it crosses, and cement darker than the body around it', () => {
    // a lateral ray through the middle of a body: two thin walls and 40 mm of cancellous bone
    const body = lineIntegral({ cortex: 1.8, cancellous: 40 })
    const withNeedle = lineIntegral({ cortex: 1.8, cancellous: 37, steel: 3 })
    const withCement = lineIntegral({ cortex: 1.8, cancellous: 25, cement: 15 })
    expect(greyLevel(withNeedle)).toBeLessThan(greyLevel(body) * 0.2)
    expect(greyLevel(withCement)).toBeLessThan(greyLevel(body) * 0.2)
    // and the body is visibly darker than the soft tissue beside it, its outline (edge-on cortex) darker still
    expect(greyLevel(body)).toBeLessThan(DISPLAY.background * 0.9)
    expect(greyLevel(lineIntegral({ cortex: 9 }))).toBeLessThan(greyLevel(body))
  })

  it('maps any line integral to a grey in 0..1, darker for more attenuation', () => {
    let prev = Infinity
    for (const p of [-5, -1, 0, 0.2, 1, 5, 50, Infinity]) {
      const g = greyLevel(p)
      expect(g).toBeGreaterThanOrEqual(0)
      expect(g).toBeLessThanOrEqual(1)
      expect(g).toBeLessThanOrEqual(prev)
      prev = g
    }
    expect(greyLevel(NaN)).toBe(DISPLAY.background)
  })
})

describe('the safety rule on the two images', () => {
  it('holds on every planned path: the tip is lateral of the medial wall on AP until it passes the back wall on lateral', () => {
    for (const level of TREATABLE_LEVELS) {
      for (const approach of ['uni', 'bi'] as const) {
        const plan = buildPlan({ ...DEFAULT_CASE, level, approach })
        const views = carmViews(plan.layout)
        plan.instruments.needles.forEach((n, i) => {
          const margin = ruleMargin(n, i === 0 ? 1 : -1, plan.layout, plan.case, plan.loss, views)
          expect(margin, `${level} ${approach} needle ${i}`).toBeGreaterThan(0)
        })
      }
    }
  })

  it('reads outside, pedicle, then body as the needle goes in, and ends medial of the wall once in the body', () => {
    const plan = buildPlan({ ...DEFAULT_CASE, level: 'L2', approach: 'uni' })
    const views = carmViews(plan.layout),
      n = plan.instruments.needles[0]
    const phases = Array.from({ length: 101 }, (_, i) =>
      needleRule(n, 1, (i / 100) * n.lengthMm, plan.layout, plan.case, plan.loss, views),
    )
    const order = phases.map((r) => r.phase).filter((p, i, a) => p !== a[i - 1])
    expect(order).toEqual(['outside', 'pedicle', 'body'])
    const end = phases[100]
    expect(end.phase).toBe('body')
    expect(end.pastWallMm).toBeGreaterThan(15)
    expect(end.lateralOfMedialMm).toBeLessThan(0) // aimed at the midline, it ends medial of the wall: allowed now
  })

  it('flags a tip that is medial of the wall while still behind the back of the body', () => {
    const plan = buildPlan({ ...DEFAULT_CASE, level: 'L2' })
    const L = plan.layout,
      views = carmViews(L)
    const wall = medialWall(L, views.ap, 1)
    expect(wall.u).toBeGreaterThan(0.5)
    expect(wall.vTop).toBeLessThan(wall.vBottom)
    // a path aimed straight at the midline from the back of the pedicle: it cuts across the canal
    const bad = { ...plan.instruments.needles[0], tip: [-4, 0, L.zPost - 1] as [number, number, number] }
    const r = needleRule(bad, 1, bad.lengthMm, L, plan.case, 0, views)
    expect(r.phase).toBe('breach')
  })
})

describe('pulses: when each plane images the moving bones again', () => {
  const gap = 1000 / PULSES_PER_SECOND
  it('images both planes at once for a new case, then nothing while the bones keep still', () => {
    expect(exposuresDue({}, 0.2, 0)).toEqual({ due: ['lateral', 'ap'], pending: false })
    const shown = { lateral: { loss: 0.2, atMs: 0 }, ap: { loss: 0.2, atMs: 0 } }
    expect(exposuresDue(shown, 0.2, 5000)).toEqual({ due: [], pending: false })
  })
  it('takes the planes in turn while the bones move, one pulse at a time, never faster than the pulse rate', () => {
    const shown: Exposures = { lateral: { loss: 0, atMs: 0 }, ap: { loss: 0, atMs: 0 } }
    let loss = 0,
      t = 0
    const taken: string[] = []
    for (let frame = 0; frame < 60; frame++) {
      t += 16
      loss += 0.001
      const { due, pending } = exposuresDue(shown, loss, t)
      expect(due.length).toBeLessThanOrEqual(1)
      expect(pending).toBe(true) // the bones are still moving: another frame is wanted
      for (const p of due) {
        shown[p] = { loss, atMs: t }
        taken.push(p)
      }
    }
    // 0.96 s at 15 pulses a second, alternating (a pulse waits for the first frame after its time)
    expect(taken.length).toBeGreaterThanOrEqual(Math.floor(960 / (gap + 16)))
    expect(taken.length).toBeLessThanOrEqual(Math.ceil(960 / gap))
    for (let i = 1; i < taken.length; i++) expect(taken[i]).not.toBe(taken[i - 1])
  })
  it('shows both planes of the moment at once after a jump or scrub (not playing)', () => {
    const shown: Exposures = { lateral: { loss: 0.1, atMs: 100 }, ap: { loss: 0.1, atMs: 100 } }
    expect(exposuresDue(shown, 0.3, 101, false)).toEqual({ due: ['lateral', 'ap'], pending: false })
  })
  it('catches both planes up once the bones stop, and then asks for no more frames', () => {
    const shown: Exposures = { lateral: { loss: 0.3, atMs: 100 }, ap: { loss: 0.29, atMs: 50 } }
    let r = exposuresDue(shown, 0.31, 120)
    expect(r).toEqual({ due: [], pending: true }) // too soon after the last pulse
    r = exposuresDue(shown, 0.31, 100 + gap)
    expect(r).toEqual({ due: ['ap'], pending: true }) // the plane imaged longest ago first
    shown.ap = { loss: 0.31, atMs: 100 + gap }
    r = exposuresDue(shown, 0.31, 101 + 2 * gap)
    expect(r).toEqual({ due: ['lateral'], pending: false })
  })
})

describe('leak conspicuity: what each view shows of each leak, against Yeom 2003', () => {
  // 32 leaky cases: four levels, runny and medium cement, 5 and 8 mL, one needle and two (the visible share
  // of each: tests/unit prints nothing; see the closing note of the X-ray issue for the figures)
  const rows: Partial<Record<LeakKind, { lateral: number[]; ap: number[] }>> = {}
  for (const level of ['T8', 'T12', 'L1', 'L3'] as const)
    for (const visc of ['low', 'medium'] as const)
      for (const vol of [5, 8])
        for (const approach of ['uni', 'bi'] as const) {
          const c: CaseParams = { ...DEFAULT_CASE, level, visc, vol, approach }
          const a = anatomyFor(c)
          const f = invade(a.vm, a.D, a.sources, c)
          const layout = layoutFor(level),
            views = carmViews(layout)
          const voxels = {
            dims: f.dims,
            min: f.min,
            step: f.step,
            arrival: f.arrival,
            label: a.vm.label,
            phi: a.vm.phi,
          }
          const lateral = leakConspicuity(voxels, layout, views.lateral, vol),
            ap = leakConspicuity(voxels, layout, views.ap, vol)
          for (const k of Object.keys(lateral) as LeakKind[]) {
            const r = (rows[k] ??= { lateral: [], ap: [] })
            r.lateral.push(lateral[k]!.shown)
            r.ap.push(ap[k]!.shown)
          }
        }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  if (process.env.PRINT_SIGHT)
    for (const [k, r] of Object.entries(rows))
      console.log(
        k,
        r.lateral.length,
        'lateral',
        mean(r.lateral).toFixed(2),
        r.lateral.filter((x) => x < 0.8).length,
        'ap',
        mean(r.ap).toFixed(2),
        r.ap.filter((x) => x < 0.8).length,
      )
  // "missed or underestimated": a fifth or more of the leak lies behind the cement in the body
  const underestimated = (xs: number[]) => xs.filter((x) => x < 0.8).length / xs.length

  it('basivertebral (type B) leaks are underestimated on the lateral view, as 93 % were (Yeom 2003)', () => {
    expect(rows.basivertebral!.lateral.length).toBeGreaterThanOrEqual(10)
    expect(underestimated(rows.basivertebral!.lateral)).toBeGreaterThanOrEqual(0.8)
    // and on AP the vein runs along the beam, into the mass: hidden almost whole
    expect(mean(rows.basivertebral!.ap)).toBeLessThan(0.2)
  })
  it('segmental (type S) leaks hide on lateral (86 % in Yeom 2003) and show better on AP', () => {
    expect(rows.segmental!.lateral.length).toBeGreaterThanOrEqual(6)
    expect(underestimated(rows.segmental!.lateral)).toBeGreaterThanOrEqual(0.8)
    expect(mean(rows.segmental!.ap)).toBeGreaterThan(mean(rows.segmental!.lateral) + 0.3)
  })
  it('disc leaks, above or below the body, show clearly on lateral', () => {
    expect(rows.disc!.lateral.length).toBeGreaterThanOrEqual(6)
    expect(mean(rows.disc!.lateral)).toBeGreaterThan(0.9)
  })
})
