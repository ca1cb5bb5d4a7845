// Both languages carry every string, of the same shape, and Spanish really is Spanish.
import { describe, expect, it } from 'vitest'
import { TEXT } from '../../src/content/all'
import { parseQuery, toQuery } from '../../src/core/url'
import { DEFAULT_CASE } from '../../src/core/case'
import { buildPlan } from '../../src/core/plans'
import { captionFacts } from '../../src/core/captionFacts'

type Leaf = { path: string; value: unknown }
function leaves(o: unknown, path = ''): Leaf[] {
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
  return [{ path, value: o }]
}
/** Call a string function with the first of a few argument shapes it accepts (numbers, a frequency, a list...). */
const SHAPES: unknown[][] = [
  [3, 4, 5, 6, 1],
  [{ k: 5, of: 10, few: false }, true],
  ['Vertebroplasty', { k: 5, of: 10, few: false }],
  [['veins 0.1 mL']],
  [{ key: 'vol', kind: 'clamped', value: '99', used: '8' }],
  [{ level: 'L1', morph: 'wedge', grade: 2, vol: 4 }],
  [captionFacts(buildPlan(DEFAULT_CASE), null)],
]
function sample(fn: (...a: unknown[]) => unknown): unknown {
  for (const args of SHAPES) {
    try {
      const out = fn(...args.slice(0, Math.max(fn.length, 1)))
      if (typeof out === 'string' && !out.includes('undefined')) return out
    } catch {
      /* next shape */
    }
  }
  return undefined
}

describe('languages', () => {
  const en = leaves(TEXT.en),
    es = leaves(TEXT.es)

  it('Spanish has every English string, at the same place and of the same kind', () => {
    expect(es.map((l) => l.path)).toEqual(en.map((l) => l.path))
    for (const [i, l] of en.entries()) {
      expect(typeof es[i].value, l.path).toBe(typeof l.value)
      if (typeof l.value === 'function')
        expect((es[i].value as () => void).length, l.path).toBe((l.value as () => void).length)
    }
  })

  it('no string is empty, and functions return words', () => {
    for (const { path, value } of [...en, ...es]) {
      const s = typeof value === 'function' ? sample(value as (...a: unknown[]) => unknown) : value
      expect(typeof s === 'string' && s.trim().length > 0, path).toBe(true)
    }
  })

  it('Spanish is translated, not copied: nearly every sentence differs', () => {
    const sentences = en.filter((l) => typeof l.value === 'string' && (l.value as string).includes(' '))
    // citations are names and years in every language
    const citation = new Set(['SUMMARY.heightSource', 'SUMMARY.minutesSource', 'FLUORO.rule.source'])
    const same = sentences.filter((l) => !citation.has(l.path) && es.find((x) => x.path === l.path)!.value === l.value)
    expect(sentences.length).toBeGreaterThan(100)
    expect(same.map((l) => l.path)).toEqual([])
  })

  it('Spanish writes decimals with a comma', () => {
    expect(TEXT.es.CASE.summary({ level: 'L1', morph: 'wedge', grade: 2, vol: 4 })).toBe('L1, cuña, grado 2, 4,0 mL')
    expect(TEXT.es.UI.balloonReadout(2.5, 4, 175, 20, 1)).toContain('2,5 de 4,0 mL')
  })

  it('lang=es is read from a link and written back', () => {
    const p = parseQuery('?lang=es')
    expect(p.view.lang).toBe('es')
    expect(p.notices).toEqual([])
    expect(toQuery(DEFAULT_CASE, p.view)).toContain('lang=es')
    expect(parseQuery('?lang=fr').notices[0]).toMatchObject({ key: 'lang', kind: 'invalid' })
  })
})
