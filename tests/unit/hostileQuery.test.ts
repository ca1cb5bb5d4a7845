// Links are input from anywhere: 1200 random and hostile query strings, built from what breaks parsers
// (huge and non-finite numbers, unicode, markup and script, broken escapes, repeated and unknown keys).
// Each must open a complete, valid case at a time inside its timeline, say what it could not use, and
// write back a clean link. That the notices stay text in the page is checked end to end (tests/e2e/hostile.mjs).
import { describe, expect, it } from 'vitest'
import { ENUMS, RANGES, TREATABLE_LEVELS } from '../../src/core/case'
import { parseQuery, toQuery } from '../../src/core/url'
import { initialState, store } from '../../src/app/store'
import { setCase } from '../../src/app/caseActions'
import { noticeText as en } from '../../src/content/en'
import { noticeText as es } from '../../src/content/es'
import { mulberry32 } from '../../src/core/random'

const KEYS = [
  'v',
  'proc',
  'level',
  'morph',
  'grade',
  'approach',
  'visc',
  'vol',
  'mix',
  'rate',
  'wall',
  'endplate',
  'cleft',
  'cause',
  'mode',
  'lang',
  'view',
  'overlay',
  'kiosk',
  't',
]
const HOSTILE_VALUES = [
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '9'.repeat(500),
  '-0.0000001',
  '0x1F',
  '1_000',
  '١٢',
  '٣',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '%3Cscript%3E',
  '%zz',
  '%E0%A4%A',
  '%00',
  '\u0000',
  '\uD800',
  '\u202Eevil',
  '😀'.repeat(40),
  'ＬＩ',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '__proto__',
  'constructor',
  "' OR 1=1 --",
  '../../etc/passwd',
]
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '<svg onload=window.__pwned=1>',
  'PROC',
  'Level',
  '',
  'proc[]',
  't ',
  '😀',
]
const GOOD: Record<string, string[]> = {
  proc: ['vp', 'kp', 'compare'],
  level: ['L1', 'T12', 'L3'],
  morph: [...ENUMS.morph],
  grade: ['1', '2', '3'],
  visc: [...ENUMS.visc],
  vol: ['3', '6.5'],
  mode: ['patient', 'student'],
  lang: ['en', 'es'],
  t: ['0', '30', '12.5'],
  view: ['3d', 'inset'],
}

/** encodeURIComponent, or the raw text where it refuses (a lone surrogate), as a hand-typed link would carry it */
const enc = (x: string) => {
  try {
    return encodeURIComponent(x)
  } catch {
    return x
  }
}

/** A query with at least one thing in it that cannot be used as given, and the kind of that thing. */
function hostileQuery(r: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
  const parts: string[] = []
  const good = Math.floor(r() * 4)
  for (let i = 0; i < good; i++) {
    const k = pick(Object.keys(GOOD))
    parts.push(`${k}=${enc(pick(GOOD[k]))}`)
  }
  const bad = 1 + Math.floor(r() * 3)
  for (let i = 0; i < bad; i++) {
    const how = r()
    if (how < 0.5)
      parts.push(
        `${pick(KEYS.filter((k) => k !== 't' || r() < 0.5))}=${r() < 0.5 ? enc(pick(HOSTILE_VALUES)) : pick(HOSTILE_VALUES)}`,
      )
    else if (how < 0.7) parts.push(`${enc(pick(HOSTILE_KEYS))}=${enc(pick(HOSTILE_VALUES))}`)
    else if (how < 0.85) {
      const k = pick(Object.keys(GOOD))
      parts.push(`${k}=${pick(GOOD[k])}`, `${k}=${pick(GOOD[k])}`)
    } // repeated
    else parts.push(`${pick(['vol', 'mix', 'rate'])}=${pick(['-5', '0', '99', '100000', '0.01'])}`) // out of range
  }
  for (let i = parts.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[parts[i], parts[j]] = [parts[j], parts[i]]
  }
  return '?' + parts.join(r() < 0.1 ? '&&' : '&')
}

describe('hostile links', () => {
  const r = mulberry32(9)
  const queries = Array.from({ length: 1200 }, () => hostileQuery(r))

  it('open a complete, valid case at a time inside its timeline, say what they could not use, and write back a clean link', () => {
    let repeated = 0,
      ignored = 0,
      clamped = 0,
      invalid = 0
    for (const q of queries) {
      const p = parseQuery(q)
      const s = initialState(p.case, p.view, p.notices)
      const c = s.case
      for (const [key, allowed] of Object.entries(ENUMS))
        expect(allowed, `${key} in ${q}`).toContain(c[key as keyof typeof ENUMS])
      expect(TREATABLE_LEVELS).toContain(c.level)
      expect([1, 2, 3]).toContain(c.grade)
      for (const [key, range] of Object.entries(RANGES)) {
        const x = c[key as keyof typeof RANGES]
        expect(Number.isFinite(x) && x >= range.min && x <= range.max, `${key}=${x} from ${q}`).toBe(true)
      }
      expect(Number.isFinite(s.t) && s.t >= 0 && s.t <= s.plan.duration, `t=${s.t} from ${q}`).toBe(true)
      // every one of these links carries something unusable: the reader is told
      expect(s.notices.length, q).toBeGreaterThan(0)
      for (const n of s.notices) {
        expect(n.value.length).toBeLessThanOrEqual(24)
        for (const text of [en(n), es(n)]) expect(text.length).toBeLessThan(200)
        repeated += +(n.kind === 'repeated')
        ignored += +(n.kind === 'ignored')
        clamped += +(n.kind === 'clamped')
        invalid += +(n.kind === 'invalid')
      }
      // what the app writes back is a clean link to the same case
      const back = parseQuery(toQuery(s.case, s.view))
      expect(back.notices).toEqual([])
      expect(back.case).toEqual(s.case)
    }
    // the generator covers each kind of trouble many times over
    for (const count of [repeated, ignored, clamped, invalid]) expect(count).toBeGreaterThan(100)
  })

  it("never touch an object's prototype", () => {
    for (const q of ['?__proto__=x&constructor=y', '?__proto__[polluted]=1', '?proc=__proto__&level=constructor']) {
      const p = parseQuery(q)
      expect(p.notices.length).toBeGreaterThan(0)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.getPrototypeOf(p.case)).toBe(Object.prototype)
    }
  })

  it('panel values out of range are clamped, and ones that are not numbers keep the last good value', () => {
    store.setState(initialState())
    setCase({ vol: 99, mix: -3, rate: 0.01 })
    expect(store.getState().case).toMatchObject({ vol: RANGES.vol.max, mix: RANGES.mix.min, rate: RANGES.rate.min })
    setCase({ vol: 4.26 })
    expect(store.getState().case.vol).toBe(4.3)
    setCase({ vol: Number.NaN, mix: Infinity, rate: -Infinity })
    expect(store.getState().case).toMatchObject({ vol: 4.3, mix: RANGES.mix.min, rate: RANGES.rate.min })
  })
})
