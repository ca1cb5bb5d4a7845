// The patient's words measured: every screen a patient reads (a step's caption in several cases, each tour card,
// each leak pathway and structure, the risk panel) at a reading age of 12 or lower, i.e. Flesch-Kincaid grade 7
// or lower. Spanish is reported with the Fernandez-Huerta ease (70 and above reads as "fairly easy").
import { describe, expect, it } from 'vitest'
import { TEXT } from '../../src/content/all'
import type { Lang } from '../../src/content'
import { DEFAULT_CASE, type CaseParams } from '../../src/core/case'
import { buildPlan } from '../../src/core/plans'
import { captionFacts } from '../../src/core/captionFacts'
import { cementFieldForCase } from '../../src/core/cement/forCase'

const words = (s: string) =>
  s
    .replace(/[()“”"’',;:.!?–-]/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}|\d/u.test(w))
const sentences = (s: string) => Math.max(1, s.split(/[.!?]+(?:\s|$)/).filter((x) => words(x).length > 0).length)

/** English syllables by vowel groups, less a silent final e; a number reads as about two. */
function syllablesEn(w: string): number {
  if (/\d/.test(w)) return Math.min(3, w.replace(/\D/g, '').length)
  const x = w
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
  return Math.max(1, (x.match(/[aeiouy]+/g) ?? []).length)
}
/** Spanish syllables: vowel groups, with strong-strong pairs (a, e, o) split. */
function syllablesEs(w: string): number {
  if (/\d/.test(w)) return Math.min(3, w.replace(/\D/g, '').length)
  const x = w
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zñ]/g, '')
  const groups = x.match(/[aeiou]+/g) ?? []
  return Math.max(
    1,
    groups.reduce((n, g) => n + 1 + (g.match(/[aeo](?=[aeo])/g) ?? []).length, 0),
  )
}

/** Flesch-Kincaid grade level. */
export function fkGrade(text: string): number {
  const w = words(text)
  const syl = w.reduce((n, x) => n + syllablesEn(x), 0)
  return 0.39 * (w.length / sentences(text)) + 11.8 * (syl / w.length) - 15.59
}
/** Fernandez-Huerta reading ease (Spanish; higher is easier). */
export function fernandezHuerta(text: string): number {
  const w = words(text)
  const syl = w.reduce((n, x) => n + syllablesEs(x), 0)
  return 206.84 - 0.6 * ((100 * syl) / w.length) - 1.02 * ((100 * sentences(text)) / w.length)
}

const CASES: Partial<CaseParams>[] = [
  {},
  { cause: 'tumor', wall: 'breached' },
  { visc: 'low' },
  { level: 'T5', vol: 2, approach: 'bi' },
  { morph: 'crush', cleft: true },
  { proc: 'kp', approach: 'bi' },
  { proc: 'kp', approach: 'uni', morph: 'biconcave' },
]

/** Every screen a patient reads, as one text each. */
function patientScreens(lang: Lang): [string, string][] {
  const T = TEXT[lang]
  const out: [string, string][] = []
  for (const patch of CASES) {
    const c = { ...DEFAULT_CASE, ...patch }
    const field = cementFieldForCase(c)
    const plan = buildPlan(c, c.proc, field.stop)
    const f = captionFacts(plan, {
      key: 'k',
      vmax: field.vmax,
      curve: field.curve,
      events: field.events,
      stop: field.stop,
    })
    for (const ch of plan.chapters)
      out.push([`caption ${ch.id} ${JSON.stringify(patch)}`, T.CHAPTERS[ch.id].patient(f)])
  }
  const tour = T.TOUR
  out.push(['tour start', tour.startText])
  for (const k of ['forYou', 'prepare', 'feel', 'risks', 'afterwards', 'recover', 'help'] as const)
    out.push([`tour ${k}`, tour[k].join(' ')])
  out.push(['tour xray', tour.xray.say])
  out.push(['xray', [T.FLUORO.patientHint, ...Object.values(T.FLUORO.stop.plain)].join('. ')])
  for (const [k, p] of Object.entries(T.PATHWAY_TEXT)) out.push([`pathway ${k}`, p.explain])
  for (const [k, s] of Object.entries(T.STRUCTURES)) out.push([`structure ${k}`, s.explain])
  const r = T.RISK.patient,
    fq = { k: 5, of: 100 as const, few: false }
  out.push(['risk panel', [r.lead('Vertebroplasty', fq), r.symptoms(fq), r.doctor, r.animation].join(' ')])
  out.push(['risk tumour', r.tumor(fq)])
  return out
}

describe('reading age of the patient’s words', () => {
  const en = patientScreens('en')

  it('every English screen a patient reads is at Flesch-Kincaid grade 7 or lower (reading age 12)', () => {
    const over = en.map(([k, s]) => [k, Math.round(fkGrade(s) * 10) / 10] as const).filter(([, g]) => g > 7)
    expect(over).toEqual([])
    const all = en.map(([, s]) => s).join(' ')
    console.log(
      `patient words, English: Flesch-Kincaid grade ${fkGrade(all).toFixed(1)} over ${en.length} screens, worst ${Math.max(...en.map(([, s]) => fkGrade(s))).toFixed(1)}`,
    )
  })

  it('Spanish is reported by Fernandez-Huerta, and every screen reads as easy as plain Spanish prose (60 or more)', () => {
    const es = patientScreens('es')
    const scores = es.map(([k, s]) => [k, Math.round(fernandezHuerta(s))] as const)
    console.log(
      `patient words, Spanish: Fernandez-Huerta ${fernandezHuerta(es.map(([, s]) => s).join(' ')).toFixed(0)} over ${es.length} screens, hardest ${Math.min(...scores.map(([, v]) => v))}`,
    )
    expect(scores.filter(([, v]) => v < 60)).toEqual([])
  })

  it('the measures tell hard words from plain ones', () => {
    expect(fkGrade('The cat sat on the mat. It was warm.')).toBeLessThan(2)
    expect(
      fkGrade(
        'Percutaneous vertebroplasty necessitates fluoroscopic visualisation of polymethylmethacrylate extravasation.',
      ),
    ).toBeGreaterThan(15)
    expect(fernandezHuerta('El gato se sentó en la alfombra. Hacía calor.')).toBeGreaterThan(80)
    expect(
      fernandezHuerta(
        'La vertebroplastia percutánea requiere visualización fluoroscópica de la extravasación del polimetilmetacrilato.',
      ),
    ).toBeLessThan(30)
  })
})
