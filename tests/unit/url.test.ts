import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CASE,
  ENUMS,
  RANGES,
  TREATABLE_LEVELS,
  defaultApproach,
  defaultVolume,
  followDefaults,
  type CaseParams,
} from '../../src/core/case'
import { DEFAULT_VIEW, parseQuery, toQuery, type ViewParams } from '../../src/core/url'
import { hash3 } from '../../src/core/random'
import { noticeText } from '../../src/content/en'

/** a deterministic pseudo-random stream for fuzzing */
function rng(seed: number) {
  let i = 0
  return () => hash3(i++, seed, 7, 0x1234)
}

describe('URL', () => {
  it('opens the default case on an empty query', () => {
    const p = parseQuery('')
    expect(p.case).toEqual(DEFAULT_CASE)
    expect(p.view).toEqual(DEFAULT_VIEW)
    expect(p.notices).toEqual([])
    expect(toQuery(p.case, p.view)).toBe('?v=1')
  })

  it('round-trips any valid case and view', () => {
    const r = rng(1)
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
    for (let n = 0; n < 500; n++) {
      const c: CaseParams = {
        proc: pick(ENUMS.proc),
        level: pick(TREATABLE_LEVELS),
        morph: pick(ENUMS.morph),
        grade: pick([1, 2, 3] as const),
        approach: pick(ENUMS.approach),
        visc: pick(ENUMS.visc),
        wall: pick(ENUMS.wall),
        endplate: pick(ENUMS.endplate),
        cleft: r() < 0.5,
        cause: pick(ENUMS.cause),
        vol: Math.round((RANGES.vol.min + r() * (RANGES.vol.max - RANGES.vol.min)) * 10) / 10,
        mix: Math.round((RANGES.mix.min + r() * (RANGES.mix.max - RANGES.mix.min)) * 2) / 2,
        rate: Math.round((RANGES.rate.min + r() * (RANGES.rate.max - RANGES.rate.min)) * 10) / 10,
      }
      const compare = c.proc === 'kp' && r() < 0.3
      // the X-ray views are for one procedure at a time
      const view = compare ? '3d' : pick(['3d', 'inset', 'split', 'fluoro'] as const)
      const v: ViewParams = {
        mode: pick(['patient', 'surgeon', 'student'] as const),
        lang: 'en',
        view,
        overlay: r() < 0.5,
        kiosk: r() < 0.2,
        compare,
        t: Math.round(r() * 700) / 10,
      }
      const back = parseQuery(toQuery(c, v))
      expect(back.notices).toEqual([])
      expect(back.case).toEqual(c)
      expect(back.view).toEqual(v)
    }
  })

  it('falls back to defaults with a notice for each bad value', () => {
    const p = parseQuery('?proc=xx&level=Q9&grade=7&visc=runny&vol=abc&t=-4&overlay=yes')
    expect(p.case).toEqual(DEFAULT_CASE)
    expect(p.view.t).toBe(0)
    expect(p.view.overlay).toBe(false)
    expect(p.notices.map((n) => n.key).sort()).toEqual(['grade', 'level', 'overlay', 'proc', 't', 'visc', 'vol'])
  })

  it('clamps numbers out of range, and says so', () => {
    const p = parseQuery('?vol=999&mix=0&rate=3')
    expect(p.case.vol).toBe(RANGES.vol.max)
    expect(p.case.mix).toBe(RANGES.mix.min)
    expect(p.case.rate).toBe(3)
    expect(p.notices.map((n) => [n.key, n.kind])).toEqual([
      ['vol', 'clamped'],
      ['mix', 'clamped'],
    ])
  })

  it('names what is not available instead of calling it wrong', () => {
    const p = parseQuery('?level=L5&proc=compare&view=fluoro')
    expect(p.case.level).toBe(DEFAULT_CASE.level)
    expect(p.view.view).toBe('3d') // the X-ray images are for one procedure at a time
    expect(p.notices.map((n) => [n.key, n.kind])).toEqual([
      ['level', 'unavailable'],
      ['view', 'unavailable'],
    ])
  })

  it('reads every view: 3D alone, X-ray in a corner, beside, or alone', () => {
    for (const view of ['3d', 'inset', 'split', 'fluoro'] as const) {
      const p = parseQuery(`?view=${view}&t=30`)
      expect(p.notices).toEqual([])
      expect(p.view.view).toBe(view)
      expect(parseQuery(toQuery(p.case, p.view)).view).toEqual(p.view)
    }
    expect(parseQuery('?view=xray').notices.map((n) => n.kind)).toEqual(['invalid'])
  })

  it("fills an unset volume with the level's usual one and an unset approach with the procedure's, and writes neither back", () => {
    expect(parseQuery('').case.vol).toBe(4)
    expect(parseQuery('?level=T6').case.vol).toBe(2)
    expect(parseQuery('?level=L4').case.vol).toBe(5.5)
    expect(parseQuery('?proc=kp').case.approach).toBe('bi')
    expect(parseQuery('?proc=vp').case.approach).toBe('uni')
    const p = parseQuery('?level=T6&proc=kp')
    expect(toQuery(p.case, p.view)).toBe('?v=1&proc=kp&level=T6')
    // a value set on purpose is kept and written, even where it is another level's or procedure's usual one
    const q = parseQuery('?level=T6&vol=4&proc=kp&approach=uni')
    expect(q.case).toMatchObject({ vol: 4, approach: 'uni' })
    expect(parseQuery(toQuery(q.case, q.view)).case).toEqual(q.case)
    for (const level of TREATABLE_LEVELS) {
      const v = defaultVolume(level)
      expect(v).toBeGreaterThanOrEqual(2)
      expect(v).toBeLessThanOrEqual(6)
      expect(v % 0.5).toBe(0)
    }
    // larger bodies take more: the usual volume never falls from T4 down to L4
    for (let i = 1; i < TREATABLE_LEVELS.length; i++)
      expect(defaultVolume(TREATABLE_LEVELS[i])).toBeGreaterThanOrEqual(defaultVolume(TREATABLE_LEVELS[i - 1]))
  })

  it('lets the usual volume and approach follow a new level or procedure, but never overrides a choice', () => {
    const c = { ...DEFAULT_CASE }
    expect(followDefaults(c, { ...c, level: 'T6' }, { level: 'T6' }).vol).toBe(2)
    expect(followDefaults(c, { ...c, proc: 'kp' }, { proc: 'kp' }).approach).toBe(defaultApproach('kp'))
    const chosen = { ...c, vol: 6, approach: 'bi' as const }
    expect(followDefaults(chosen, { ...chosen, level: 'T6', proc: 'kp' }, { level: 'T6', proc: 'kp' })).toMatchObject({
      vol: 6,
      approach: 'bi',
    })
    expect(followDefaults(c, { ...c, level: 'T6', vol: 3 }, { level: 'T6', vol: 3 }).vol).toBe(3)
    // one-needle vertebroplasty to kyphoplasty and back is where it started
    const kp = followDefaults(c, { ...c, proc: 'kp' }, { proc: 'kp' })
    expect(followDefaults(kp, { ...kp, proc: 'vp' }, { proc: 'vp' })).toEqual(c)
  })

  it('reads proc=compare as kyphoplasty with vertebroplasty beside it, and writes it back', () => {
    const p = parseQuery('?proc=compare&level=T12&t=40')
    expect(p.notices).toEqual([])
    expect(p.case.proc).toBe('kp')
    expect(p.view.compare).toBe(true)
    expect(toQuery(p.case, p.view)).toBe('?v=1&proc=compare&level=T12&t=40')
    expect(parseQuery('?proc=kp').view.compare).toBe(false)
    // compare runs on kyphoplasty, so its unset approach is kyphoplasty's usual two balloons; back to
    // vertebroplasty, the approach follows to its usual one needle and the link stays short
    expect(p.case.approach).toBe('bi')
    expect(
      toQuery(followDefaults(p.case, { ...p.case, proc: 'vp' }, { proc: 'vp' }), { ...p.view, compare: false }),
    ).toBe('?v=1&level=T12&t=40')
    expect(toQuery({ ...p.case, proc: 'vp' }, { ...p.view, compare: false })).toBe('?v=1&level=T12&approach=bi&t=40')
  })

  it('reads values case-insensitively', () => {
    const p = parseQuery('?proc=KP&level=l2&t=12.34')
    expect(p.case.proc).toBe('kp')
    expect(p.case.level).toBe('L2')
    expect(p.view.t).toBe(12.3)
    expect(p.notices).toEqual([])
  })

  it('leaves out keys it does not use and uses the first of a repeated key, and says both', () => {
    const p = parseQuery('?PROC=kp&foo=bar&level=T12&level=L3&proc=kp')
    expect(p.case.level).toBe('T12')
    expect(p.case.proc).toBe('kp')
    expect(p.notices).toEqual([
      { key: 'query', kind: 'ignored', value: 'PROC, foo', used: '' },
      { key: 'level', kind: 'repeated', value: '2', used: 'T12' },
    ])
    expect(noticeText(p.notices[0])).toBe('The link has “PROC, foo”, which we do not use, so we left it out.')
    expect(noticeText(p.notices[1])).toBe('The link gives the level 2 times, so we use the first: “T12”.')
  })

  it('never throws on garbage, and always yields a complete valid case', () => {
    const r = rng(2)
    const alphabet = [
      '?',
      '&',
      '=',
      '%',
      '%zz',
      '%E0%A4%A',
      '\u0000',
      '\uD800',
      '😀',
      '<script>alert(1)</script>',
      '"',
      "'",
      'NaN',
      'Infinity',
      '-0',
      '1e309',
      '0x1f',
      ' ',
      '+',
      'proc',
      'level',
      'vol',
      't',
      'kp',
      'L1',
      '9'.repeat(400),
    ]
    for (let n = 0; n < 2000; n++) {
      let q = ''
      const len = Math.floor(r() * 12)
      for (let i = 0; i < len; i++) q += alphabet[Math.floor(r() * alphabet.length)]
      const p = parseQuery(q)
      expect(ENUMS.proc).toContain(p.case.proc)
      expect(TREATABLE_LEVELS).toContain(p.case.level)
      expect(Number.isFinite(p.case.vol) && p.case.vol >= RANGES.vol.min && p.case.vol <= RANGES.vol.max).toBe(true)
      expect(Number.isFinite(p.view.t) && p.view.t >= 0).toBe(true)
      for (const note of p.notices) expect(note.value.length).toBeLessThanOrEqual(24)
    }
    expect(() => parseQuery(undefined as unknown as string)).not.toThrow()
  })
})
