// Case parameters: what the surgeon sets up and the URL carries. Pure data, defaults and validation.
import { morphometry } from './anatomy/morphometry'

/** Every level the URL may name (DESIGN.md section 4). */
export const URL_LEVELS = [
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
] as const
export type Level = (typeof URL_LEVELS)[number]

/**
 * Levels that can be treated: the ones with morphometry for themselves and both neighbours in
 * models/morphometry.json (T3-L5). L5 waits for a sacrum below it.
 */
export const TREATABLE_LEVELS = [
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
] as const satisfies readonly Level[]

export type ProcedureKey = 'vp' | 'kp'
export type Morphology = 'wedge' | 'biconcave' | 'crush'
export type Grade = 1 | 2 | 3
export type Viscosity = 'low' | 'medium' | 'high'

export interface CaseParams {
  proc: ProcedureKey
  level: Level
  morph: Morphology
  /** Genant semi-quantitative grade: 1 mild (20-25 % height loss), 2 moderate (25-40 %), 3 severe (> 40 %) */
  grade: Grade
  approach: 'uni' | 'bi'
  visc: Viscosity
  /** cement volume to inject, mL */
  vol: number
  /** minutes after mixing when injection starts */
  mix: number
  /** injection rate, mL per minute */
  rate: number
  wall: 'intact' | 'breached'
  endplate: 'intact' | 'cracked'
  cleft: boolean
  cause: 'osteoporosis' | 'tumor'
}

export const DEFAULT_CASE: Readonly<CaseParams> = Object.freeze({
  proc: 'vp',
  level: 'L1', // the commonest fractured level (J Orthop Surg Res 2023, 1530 vertebrae)
  morph: 'wedge',
  grade: 2,
  approach: 'uni', // vertebroplasty's usual; kyphoplasty's is two balloons (defaultApproach)
  visc: 'medium',
  vol: 4, // L1's usual volume (defaultVolume): cadaver VP at L1 4.4 mL (3.8-5.0), J Orthop Surg Res 2020
  mix: 4,
  rate: 2,
  wall: 'intact',
  endplate: 'intact',
  cleft: false,
  cause: 'osteoporosis',
})

/** Numeric ranges: values outside are clamped with a notice. */
export const RANGES = {
  vol: { min: 0.5, max: 10, step: 0.1 }, // mL; clinical volumes are 2-6 mL, 10 mL covers large lumbar bodies
  mix: { min: 2, max: 12, step: 0.5 }, // min; handling ends ~8.5 min at 22 C (BMC MSD 2012;13:198)
  rate: { min: 0.5, max: 5, step: 0.1 }, // mL/min
} as const

/**
 * Genant grade -> fraction of height lost, the middle of each band (Wang 2019 QIMS; grade 3 is "over 40 %",
 * taken as 45 %).
 */
export const GRADE_LOSS: Record<Grade, number> = { 1: 0.225, 2: 0.325, 3: 0.45 }

export const ENUMS = {
  proc: ['vp', 'kp'],
  morph: ['wedge', 'biconcave', 'crush'],
  approach: ['uni', 'bi'],
  visc: ['low', 'medium', 'high'],
  wall: ['intact', 'breached'],
  endplate: ['intact', 'cracked'],
  cause: ['osteoporosis', 'tumor'],
} as const

export function isTreatable(level: string): level is (typeof TREATABLE_LEVELS)[number] {
  return (TREATABLE_LEVELS as readonly string[]).includes(level)
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x
}

/** Round to a range's step so URLs stay short and equal cases compare equal. */
export function snap(x: number, step: number): number {
  return Math.round(x / step) * step
}

/** A stable key for caching per-case work (anatomy, cement field). */
export function caseKey(c: CaseParams): string {
  return [
    c.proc,
    c.level,
    c.morph,
    c.grade,
    c.approach,
    c.visc,
    c.vol,
    c.mix,
    c.rate,
    c.wall,
    c.endplate,
    c.cleft ? 1 : 0,
    c.cause,
  ].join('|')
}

/** Each procedure's usual approach: vertebroplasty often one needle, kyphoplasty usually two balloons (clinical-facts section 9). */
export function defaultApproach(proc: ProcedureKey): CaseParams['approach'] {
  return proc === 'kp' ? 'bi' : 'uni'
}

/**
 * A level's usual cement volume, mL: about a sixth of its body, as 4 mL is at L1 (cadaver VP at L1 4.4 mL, J Orthop
 * Surg Res 2020; body volume as an elliptic cylinder, endplate width x depth x mean height x pi/4), in half mL, at
 * least 2 mL. Derived: T4-T8 2 mL, T12 3 mL, L1 4 mL, L4 5.5 mL, within the usual 2-4 mL thoracic and 3-6 mL lumbar.
 */
export function defaultVolume(level: string): number {
  if (!isTreatable(level)) return DEFAULT_CASE.vol
  return Math.max(2, Math.round(bodyVolumeMl(level) * FILL_SHARE * 2) / 2)
}

/** The healthy body's volume, mL: an elliptic cylinder, endplate width x depth x mean height x pi/4 (derived). */
export function bodyVolumeMl(level: Level): number {
  const m = morphometry(level)
  return ((Math.PI / 4) * m.EPW * m.EPD * ((m.VBHa + m.VBHp) / 2)) / 1000
}
/** The share of the body that the usual volume fills: 4 mL of L1's body (derived from L1, see defaultVolume). */
const FILL_SHARE = 1 / 6

/**
 * Settings that follow the case while the user has not chosen them: when the procedure changes and the approach
 * was the old procedure's usual one, it becomes the new one's; when the level changes and the volume was the old
 * level's usual one, it becomes the new level's. A value the patch sets itself is kept.
 */
/**
 * The case after a change: the defaults that follow the level and procedure (followDefaults), and every number
 * brought into its range, a bad one (NaN, text) keeping the value it had. Volume to a tenth of a millilitre.
 */
export function sanitizeCase(prev: CaseParams, patch: Partial<CaseParams>): CaseParams {
  const next = followDefaults(prev, { ...prev, ...patch }, patch)
  const num = (k: 'vol' | 'mix' | 'rate') =>
    clamp(Number.isFinite(next[k]) ? next[k] : prev[k], RANGES[k].min, RANGES[k].max)
  next.vol = Math.round(num('vol') * 10) / 10
  next.mix = num('mix')
  next.rate = num('rate')
  return next
}

export function followDefaults(prev: CaseParams, next: CaseParams, patch: Partial<CaseParams>): CaseParams {
  const out = { ...next }
  if (patch.approach === undefined && next.proc !== prev.proc && prev.approach === defaultApproach(prev.proc))
    out.approach = defaultApproach(next.proc)
  if (patch.vol === undefined && next.level !== prev.level && prev.vol === defaultVolume(prev.level))
    out.vol = defaultVolume(next.level)
  return out
}
