// Morphometry per level, read from models/morphometry.json. Every number there carries its source.
import data from '../../../models/morphometry.json'

export type Field = 'VBHa' | 'VBHp' | 'EPW' | 'EPD' | 'PDW' | 'PDH' | 'PDA' | 'SCW' | 'SCD' | 'discBelow'
type Entry = [number, string, string]

const LEVELS = data.levels as unknown as Record<string, Record<Field, Entry>>
/** Cranial to caudal, as in the table. */
export const MORPHO_LEVELS: readonly string[] = Object.keys(LEVELS)

export interface Morphometry {
  level: string
  /** vertebral body height, anterior / posterior / middle, mm */
  VBHa: number
  VBHp: number
  VBHm: number
  /** upper endplate width and depth, mm */
  EPW: number
  EPD: number
  /** pedicle width, height (mm) and transverse angle (deg, medial +) */
  PDW: number
  PDH: number
  PDA: number
  /** spinal canal width and depth, mm */
  SCW: number
  SCD: number
  /** height of the disc below, mm */
  discBelow: number
}

/** Endplate concavity (Wang 2012): middle height = mean(anterior, posterior) - (1.5 + 0.7) mm. */
export const ENDPLATE_CONCAVITY_MM = { cranial: 1.5, caudal: 0.7 } as const

export function morphometry(level: string): Morphometry {
  const row = LEVELS[level]
  if (!row) throw new Error(`no morphometry for ${level}`)
  const v = (f: Field) => row[f][0]
  return {
    level,
    VBHa: v('VBHa'),
    VBHp: v('VBHp'),
    VBHm: (v('VBHa') + v('VBHp')) / 2 - ENDPLATE_CONCAVITY_MM.cranial - ENDPLATE_CONCAVITY_MM.caudal,
    EPW: v('EPW'),
    EPD: v('EPD'),
    PDW: v('PDW'),
    PDH: v('PDH'),
    PDA: v('PDA'),
    SCW: v('SCW'),
    SCD: v('SCD'),
    discBelow: v('discBelow'),
  }
}

/** The levels above and below; null past the ends of the table. */
export function neighbours(level: string): { above: string | null; below: string | null } {
  const i = MORPHO_LEVELS.indexOf(level)
  return {
    above: i > 0 ? MORPHO_LEVELS[i - 1] : null,
    below: i >= 0 && i < MORPHO_LEVELS.length - 1 ? MORPHO_LEVELS[i + 1] : null,
  }
}

export function sourceOf(level: string, field: Field): { value: number; source: string; basis: string } {
  const [value, key, basis] = LEVELS[level][field]
  return { value, source: (data.sources as Record<string, string>)[key] ?? key, basis }
}
