// CaseParams + view state <-> URL query (versioned, v=1). Parsing never throws: a bad value falls back to
// its default and leaves a short notice; so does a key we do not use (it is left out) and a key given twice
// (the first value is used).
import {
  DEFAULT_CASE,
  ENUMS,
  RANGES,
  URL_LEVELS,
  clamp,
  defaultApproach,
  defaultVolume,
  isTreatable,
  snap,
  type CaseParams,
  type Grade,
} from './case'

const URL_VERSION = 1

export type Mode = 'patient' | 'surgeon' | 'student'
const VIEWS = ['3d', 'inset', 'split', 'fluoro'] as const
export type View = (typeof VIEWS)[number]
export interface ViewParams {
  mode: Mode
  lang: 'en' | 'es'
  /**
   * the 3D view alone; with the simulated X-ray images (lateral and AP) in a corner (inset) or beside it
   * (split); or the X-ray images alone (fluoro)
   */
  view: View
  overlay: boolean
  /** a clinic's unattended tablet: back to the start after two minutes without a touch */
  kiosk: boolean
  /** vertebroplasty and kyphoplasty side by side under one timeline (proc=compare; the case's proc is then kp) */
  compare: boolean
  /** seconds of presentation time */
  t: number
}
export const DEFAULT_VIEW: Readonly<ViewParams> = Object.freeze({
  mode: 'surgeon',
  lang: 'en',
  view: '3d',
  overlay: false,
  kiosk: false,
  compare: false,
  t: 0,
})

/** A notice names the key and what happened; the UI words it. */
export interface Notice {
  key: string
  kind: 'invalid' | 'clamped' | 'unavailable' | 'ignored' | 'repeated'
  value: string
  used: string
}

export interface Parsed {
  case: CaseParams
  view: ViewParams
  notices: Notice[]
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
/** Every key a link may carry (toQuery writes no other). */
const KEYS = new Set([
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
])
const MAX_VALUE_LENGTH = 64

export function parseQuery(search: string): Parsed {
  const c: CaseParams = { ...DEFAULT_CASE }
  const v: ViewParams = { ...DEFAULT_VIEW }
  const notices: Notice[] = []
  let params: URLSearchParams
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '')
  } catch {
    return { case: c, view: v, notices: [{ key: 'query', kind: 'invalid', value: '', used: 'defaults' }] }
  }
  const get = (key: string): string | null => {
    const raw = params.get(key)
    if (raw === null) return null
    return raw.length > MAX_VALUE_LENGTH ? raw.slice(0, MAX_VALUE_LENGTH) : raw
  }
  const bad = (key: string, value: string, used: string, kind: Notice['kind'] = 'invalid') =>
    notices.push({ key, kind, value: value.slice(0, 24), used })

  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const raw = get(key)
    if (raw === null || raw === '') return fallback
    const val = raw.trim().toLowerCase()
    if ((allowed as readonly string[]).includes(val)) return val as T
    bad(key, raw, fallback)
    return fallback
  }
  const num = (key: keyof typeof RANGES, fallback: number): number => {
    const raw = get(key)
    if (raw === null || raw === '') return fallback
    const s = raw.trim()
    if (!NUMBER.test(s)) {
      bad(key, raw, String(fallback))
      return fallback
    }
    const r = RANGES[key]
    const x = snap(clamp(Number(s), r.min, r.max), r.step)
    const rounded = Number(x.toFixed(2))
    if (Number(s) < r.min || Number(s) > r.max) bad(key, raw, String(rounded), 'clamped')
    return rounded
  }

  // keys we do not use are left out, and a key given twice counts once (its first value): both are said
  const counts = new Map<string, number>()
  for (const [key] of params) counts.set(key, (counts.get(key) ?? 0) + 1)
  const unknown = [...counts.keys()].filter((key) => !KEYS.has(key))
  if (unknown.length) bad('query', unknown.map((key) => key || '=').join(', '), '', 'ignored')
  for (const [key, n] of counts)
    if (n > 1 && KEYS.has(key)) bad(key, String(n), (get(key) ?? '').slice(0, 24), 'repeated')

  const version = get('v')
  if (version !== null && version.trim() !== String(URL_VERSION)) bad('v', version, String(URL_VERSION))

  const proc = oneOf('proc', [...ENUMS.proc, 'compare'], DEFAULT_CASE.proc)
  // side by side runs on kyphoplasty's timeline, the one with every step (core/compare.ts)
  v.compare = proc === 'compare'
  c.proc = proc === 'compare' ? 'kp' : proc
  const level = get('level')
  if (level !== null && level !== '') {
    const up = level.trim().toUpperCase()
    if (isTreatable(up)) c.level = up
    else
      bad(
        'level',
        level,
        DEFAULT_CASE.level,
        (URL_LEVELS as readonly string[]).includes(up) ? 'unavailable' : 'invalid',
      )
  }
  c.morph = oneOf('morph', ENUMS.morph, DEFAULT_CASE.morph)
  const grade = get('grade')
  if (grade !== null && grade !== '') {
    if (/^[123]$/.test(grade.trim())) c.grade = Number(grade.trim()) as Grade
    else bad('grade', grade, String(DEFAULT_CASE.grade))
  }
  // unset, the approach is the procedure's usual one and the volume the level's
  c.approach = oneOf('approach', ENUMS.approach, defaultApproach(c.proc))
  c.visc = oneOf('visc', ENUMS.visc, DEFAULT_CASE.visc)
  c.vol = num('vol', defaultVolume(c.level))
  c.mix = num('mix', DEFAULT_CASE.mix)
  c.rate = num('rate', DEFAULT_CASE.rate)
  c.wall = oneOf('wall', ENUMS.wall, DEFAULT_CASE.wall)
  c.endplate = oneOf('endplate', ENUMS.endplate, DEFAULT_CASE.endplate)
  c.cleft = oneOf('cleft', ['0', '1'], DEFAULT_CASE.cleft ? '1' : '0') === '1'
  c.cause = oneOf('cause', ENUMS.cause, DEFAULT_CASE.cause)

  v.mode = oneOf('mode', ['patient', 'surgeon', 'student'], DEFAULT_VIEW.mode)
  v.lang = oneOf('lang', ['en', 'es'], DEFAULT_VIEW.lang)
  v.view = oneOf('view', VIEWS, DEFAULT_VIEW.view)
  // two procedures side by side fill the stage: the X-ray images are for one procedure at a time
  if (v.compare && v.view !== '3d') {
    bad('view', v.view, '3d', 'unavailable')
    v.view = '3d'
  }
  v.overlay = oneOf('overlay', ['0', '1'], DEFAULT_VIEW.overlay ? '1' : '0') === '1'
  v.kiosk = oneOf('kiosk', ['0', '1'], '0') === '1'
  const t = get('t')
  if (t !== null && t !== '') {
    const s = t.trim()
    if (NUMBER.test(s) && Number(s) >= 0 && Number.isFinite(Number(s))) v.t = Math.round(Number(s) * 10) / 10
    else bad('t', t, '0')
  }
  return { case: c, view: v, notices }
}

/** The query for a case and view: v=1 first, then only what differs from the defaults, t last. */
export function toQuery(c: CaseParams, v: ViewParams): string {
  const out: [string, string][] = [['v', String(URL_VERSION)]]
  const put = (key: string, value: string, dflt: string) => {
    if (value !== dflt) out.push([key, value])
  }
  const d = DEFAULT_CASE
  put('proc', v.compare ? 'compare' : c.proc, d.proc)
  put('level', c.level, d.level)
  put('morph', c.morph, d.morph)
  put('grade', String(c.grade), String(d.grade))
  put('approach', c.approach, defaultApproach(c.proc))
  put('visc', c.visc, d.visc)
  put('vol', String(c.vol), String(defaultVolume(c.level)))
  put('mix', String(c.mix), String(d.mix))
  put('rate', String(c.rate), String(d.rate))
  put('wall', c.wall, d.wall)
  put('endplate', c.endplate, d.endplate)
  put('cleft', c.cleft ? '1' : '0', d.cleft ? '1' : '0')
  put('cause', c.cause, d.cause)
  put('mode', v.mode, DEFAULT_VIEW.mode)
  put('lang', v.lang, DEFAULT_VIEW.lang)
  put('view', v.view, DEFAULT_VIEW.view)
  put('overlay', v.overlay ? '1' : '0', '0')
  put('kiosk', v.kiosk ? '1' : '0', '0')
  const t = Math.round((Number.isFinite(v.t) ? Math.max(0, v.t) : 0) * 10) / 10
  if (t > 0) out.push(['t', String(t)])
  return '?' + out.map(([k, val]) => `${k}=${encodeURIComponent(val)}`).join('&')
}
