// What the risk views show, computed without a screen: natural frequencies and the icon array for patients,
// both procedures side by side for surgeons, and how each factor moves each pathway for students.
import { DEFAULT_CASE, type CaseParams, type ProcedureKey } from '../case'
import { PATHWAYS, computeRisk, type Detection, type Pathway, type RiskResult } from './model'
import {
  CT_ANY_VP,
  PATHWAY_SOURCE,
  PCE_VP,
  SYMPTOMATIC_LEAK,
  SYMPTOMATIC_TUMOR,
  VP_ANY_XRAY,
  type Counts,
} from './evidence'
import type { SourceId } from './sources'

/** Icons in the patient's array: one per treated vertebra out of 100. */
export const ICONS = 100

export interface IconCounts {
  /** some cement outside the bone and symptoms from it */
  symptomatic: number
  /** some cement outside the bone, no symptoms */
  silent: number
  /** no cement outside the bone */
  none: number
}

/**
 * The icon array for a risk: out of 100 treated vertebrae, how many leak with symptoms, without, and not at
 * all. Symptomatic leaks are a subset of leaks. A non-zero chance below half an icon still shows as none;
 * the words say "fewer than 1 in 100" (naturalFrequency).
 */
export function iconCounts(r: Pick<RiskResult, 'anyLeak' | 'symptomatic'>, n = ICONS): IconCounts {
  const leak = Math.round(fin(r.anyLeak) * n)
  const symptomatic = Math.min(leak, Math.round(fin(r.symptomatic) * n))
  return { symptomatic, silent: leak - symptomatic, none: n - leak }
}

/**
 * A probability as "k in 100" for words: 'few' when under one in 100. Every figure on a patient's screen uses
 * the same denominator, so that they can be compared at a glance.
 */
export interface Frequency {
  k: number
  of: 100
  few: boolean
}

/** 0.41 -> 41 in 100; 0.01 -> 1 in 100; 0.003 -> fewer than 1 in 100. */
export function naturalFrequency(p: number): Frequency {
  const k = Math.round(fin(p) * 100)
  return k >= 1 ? { k, of: 100, few: false } : { k: 1, of: 100, few: true }
}

/** Vertebroplasty and kyphoplasty for the same case and the same way of looking, side by side. */
export function compareProcedures(c: CaseParams, detection: Detection = 'xray'): Record<ProcedureKey, RiskResult> {
  return { vp: computeRisk(c, 'vp', detection), kp: computeRisk(c, 'kp', detection) }
}

/** The factors a student can turn on one at a time, each as the change to the default case. */
export const FACTOR_CHANGES = {
  wall: { wall: 'breached' },
  endplate: { endplate: 'cracked' },
  cleft: { cleft: true },
  lowVisc: { visc: 'low' },
  highVisc: { visc: 'high' },
  moreCement: { vol: DEFAULT_CASE.vol + 1 },
  bilateral: { approach: 'bi' },
  tumor: { cause: 'tumor' },
  lateStart: { mix: DEFAULT_CASE.mix + 3 },
} as const satisfies Record<string, Partial<CaseParams>>
export type FactorKey = keyof typeof FACTOR_CHANGES

export interface FactorRow {
  factor: FactorKey
  /** risk with the factor over risk without, per pathway and for any leak and symptoms; 1 = no change */
  ratio: Record<Pathway | 'any' | 'symptomatic', number>
}

/**
 * How each factor alone moves each pathway for one procedure: the risk of the default case with that one
 * change, over the default case's. A ratio of 1 means the factor does not move that figure.
 */
export function factorTable(proc: ProcedureKey, detection: Detection = 'xray'): FactorRow[] {
  const base = { ...DEFAULT_CASE, proc }
  const ref = computeRisk(base, proc, detection)
  return (Object.keys(FACTOR_CHANGES) as FactorKey[]).map((factor) => {
    const r = computeRisk({ ...base, ...FACTOR_CHANGES[factor] }, proc, detection)
    const ratio = {
      any: div(r.anyLeak, ref.anyLeak),
      symptomatic: div(r.symptomatic, ref.symptomatic),
    } as FactorRow['ratio']
    for (const p of PATHWAYS) ratio[p] = div(r.pathways[p], ref.pathways[p])
    return { factor, ratio }
  })
}

const fin = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0)
const div = (a: number, b: number) => (b > 0 ? a / b : 1)

/** Where a figure comes from: a source, or 'derived' with the sources it was derived from. */
export interface Citation {
  id: SourceId
  from?: SourceId[]
}

/** Where each figure of a risk view comes from and what it counts, for one procedure, cause and way of looking. */
export interface Citations {
  any: Citation
  symptomatic: Citation
  complications: Citation
  embolism: Citation
  pathway: Record<Pathway, Citation>
  counts: { any: Counts; symptomatic: Counts; embolism: Counts }
}

export function citations(
  proc: ProcedureKey,
  detection: Detection,
  cause: CaseParams['cause'] = 'osteoporosis',
): Citations {
  const split = PATHWAY_SOURCE[cause === 'tumor' ? 'metastases' : proc][detection]
  const viaKp = (c: Citation): Citation =>
    proc === 'kp' ? { id: 'derived', from: [...(c.from ?? [c.id]), 'josr2018'] } : c
  const any: Citation =
    detection === 'ct' ? { id: 'derived', from: CT_ANY_VP.derived!.from } : { id: VP_ANY_XRAY.source }
  const base: SourceId[] = cause === 'tumor' ? ['wjso2022', 'hsieh2019'] : [proc === 'kp' ? 'wang2014' : 'hsieh2019']
  const derivedFrom = (id: SourceId): Citation =>
    id === 'derived' ? { id, from: [...base, ...(detection === 'ct' ? ['mayo2012' as const] : [])] } : { id }
  return {
    any: viaKp(any),
    symptomatic: { id: 'derived', from: SYMPTOMATIC_LEAK.derived!.from },
    complications: { id: SYMPTOMATIC_TUMOR.source },
    embolism: viaKp({ id: 'derived', from: PCE_VP.derived!.from }),
    pathway: Object.fromEntries(PATHWAYS.map((p) => [p, derivedFrom(split[p])])) as Record<Pathway, Citation>,
    counts: {
      any: { per: 'vertebra', imaging: detection },
      symptomatic: SYMPTOMATIC_LEAK.counts!,
      embolism: PCE_VP.counts!,
    },
  }
}
