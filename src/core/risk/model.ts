// Leakage risk: population figures for the case's procedure and factors, never a prediction for a patient.
// Method (every number in evidence.ts, with its source and what it counts):
// 1. Any leak per treated vertebra is logistic on the odds: vertebroplasty's baseline (Hulme 2006, X-ray), plus
//    the log odds ratio of each raising factor present (cortical disruption once, a cleft, runny cement, more
//    cement than the level's usual volume), the largest in full and each further one at half; thick cement and
//    less cement lower the odds. CT shifts the odds by VP's CT/X-ray difference per level. Kyphoplasty is
//    vertebroplasty's figure times the head-to-head risk ratio.
// 2. Pathways split that probability by weights: the published rate of each pathway for the procedure (or for
//    metastases), moved by a cleft, with the pathways, as independent events, making up exactly the any-leak
//    figure. The extra leaks that a cracked endplate causes go into the disc.
// 3. Symptoms: a fixed figure from primary series; with cancer, the upper bound for complications of any cause.
//    Embolism: a per-level rate that moves with the case's venous leaks.
import type { CaseParams, ProcedureKey } from '../case'
import { defaultVolume } from '../case'
import type { SourceId } from './sources'
import {
  CLEFT_SHIFT,
  CT_ANY_VP,
  OR_CLEFT,
  OR_CORTICAL,
  PATHWAY_WEIGHTS,
  PCE_SYMPTOMATIC_SHARE,
  PCE_VP,
  RR_HIGH_VS_LOW,
  RR_KP_VS_VP,
  RR_UNI_KP_SUBGROUP,
  STACKED_SHRINK,
  SYMPTOMATIC_LEAK,
  SYMPTOMATIC_TUMOR,
  VOLUME_SD_ML,
  VOLUME_WMD,
  VP_ANY_SPREAD,
  VP_ANY_XRAY,
  type Detection,
  type Figure,
  type Pathway,
} from './evidence'

export type { Detection, Pathway } from './evidence'
export const PATHWAYS: readonly Pathway[] = ['disc', 'paravertebral', 'canal', 'venous', 'needle']

/** A factor of the case that moved the estimate, or that a reader might expect to and does not: what, by how much, from where. */
export interface Factor {
  id: 'wall' | 'endplate' | 'visc' | 'cleft' | 'vol' | 'approach' | 'cause' | 'stacked'
  effect: string
  source: SourceId
  /** false for a published effect the model leaves out on purpose (the effect says why) */
  applied: boolean
}

export interface RiskResult {
  detection: Detection
  /** probability of any cement outside the vertebra, per treated vertebra, 0..1 */
  anyLeak: number
  /** bounds, not a CI: the baseline at the ends of its spread across sources and every effect at the end of its CI, together */
  anyLeakRange: [number, number]
  /** a leak that causes symptoms, per procedure, from primary series (not moved by the case) */
  symptomatic: number
  symptomaticRange: [number, number]
  /** with cancer in the bone: acute complications with symptoms of any cause, an upper bound ("up to"); else null */
  complicationsUpTo: number | null
  /** cement reaching the lungs (seen on chest CT), per treated vertebra, and of that causing symptoms */
  embolism: number
  embolismSymptomatic: number
  pathways: Record<Pathway, number>
  factors: Factor[]
}

const logit = (p: number) => Math.log(p / (1 - p))
const expit = (x: number) => 1 / (1 + Math.exp(-x))
const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0)
type End = -1 | 0 | 1
const at = (f: Figure, end: End) => (end === 0 || !f.ci ? f.value : f.ci[end < 0 ? 0 : 1])
const X0 = logit(VP_ANY_XRAY.value)

/** The log odds ratio L with expit(x0 - L/2) / expit(x0 + L/2) = rr at the baseline x0 (viscosity, evidence.ts). */
export function viscosityLogOdds(rr: number): number {
  let lo = 0,
    hi = 20
  for (let i = 0; i < 60; i++) {
    const m = (lo + hi) / 2
    if (expit(X0 - m / 2) / expit(X0 + m / 2) > rr) lo = m
    else hi = m
  }
  return (lo + hi) / 2
}
const VISC_L = new Map<number, number>()
const viscL = (rr: number) => VISC_L.get(rr) ?? (VISC_L.set(rr, viscosityLogOdds(rr)), VISC_L.get(rr)!)

/** Log odds per mL of cement above the level's usual volume (derived, evidence.ts). */
const volumeSlope = (end: End) => at(VOLUME_WMD, end) / VOLUME_SD_ML ** 2
const volumeOf = (c: CaseParams) => (Number.isFinite(c.vol) ? c.vol : defaultVolume(c.level))

/** Raising log odds ratios: the largest in full, each further one shrunk (evidence.ts, STACKED_SHRINK). */
function stack(raises: number[]): number {
  const r = raises.filter((x) => x > 0).sort((a, b) => b - a)
  return r.reduce((s, x, i) => s + (i === 0 ? x : STACKED_SHRINK * x), 0)
}

/** Any-leak probability with every effect at the low end (-1) of its CI or source spread, the estimate (0) or the high end (1). */
function anyLeakAt(c: CaseParams, proc: ProcedureKey, detection: Detection, end: End): number {
  const base = end === 0 ? VP_ANY_XRAY.value : VP_ANY_SPREAD[end < 0 ? 0 : 1]
  let lo = logit(base) + (detection === 'ct' ? logit(at(CT_ANY_VP, end)) - X0 : 0)
  const raises: number[] = []
  if (c.wall === 'breached' || c.endplate === 'cracked') raises.push(Math.log(at(OR_CORTICAL, end)))
  if (c.cleft) raises.push(Math.log(at(OR_CLEFT, end)))
  // a smaller risk ratio is a larger contrast: thick cement at the low end, runny cement at the high end
  if (c.visc === 'low') raises.push(viscL(at(RR_HIGH_VS_LOW, end < 0 ? 1 : end > 0 ? -1 : 0)) / 2)
  if (c.visc === 'high') lo -= viscL(at(RR_HIGH_VS_LOW, end)) / 2
  const dv = volumeOf(c) - defaultVolume(c.level)
  if (dv > 0) raises.push(volumeSlope(end) * dv)
  else lo += volumeSlope(end < 0 ? 1 : end > 0 ? -1 : 0) * dv
  const p = expit(lo + stack(raises))
  return clamp01(proc === 'kp' ? at(RR_KP_VS_VP, end) * p : p)
}

/** Pathway weights for the case: the published split for its procedure (or for metastases), moved by a cleft. */
function weightsFor(c: CaseParams, proc: ProcedureKey, detection: Detection): Record<Pathway, number> {
  const w = { ...PATHWAY_WEIGHTS[c.cause === 'tumor' ? 'metastases' : proc][detection] }
  if (c.cleft) {
    const s = CLEFT_SHIFT[proc]
    w.venous *= s.venous
    w.disc *= s.cortical
    w.paravertebral *= s.cortical
  }
  return w
}

/** Pathway probabilities p = min(1, s * w) whose union, as independent events, is `any`. */
export function splitAnyLeak(any: number, w: Record<Pathway, number>): Record<Pathway, number> {
  const union = (s: number) => 1 - PATHWAYS.reduce((q, k) => q * (1 - Math.min(1, s * w[k])), 1)
  let lo = 0,
    hi = 1
  while (union(hi) < any && hi < 1e6) hi *= 2
  for (let i = 0; i < 60; i++) {
    const m = (lo + hi) / 2
    if (union(m) < any) lo = m
    else hi = m
  }
  const s = (lo + hi) / 2
  return Object.fromEntries(PATHWAYS.map((k) => [k, clamp01(Math.min(1, s * w[k]))])) as Record<Pathway, number>
}

/** The pathways of a case: the split without a cracked endplate, plus the crack's extra leaks into the disc. */
function pathwaysFor(c: CaseParams, proc: ProcedureKey, detection: Detection, any: number): Record<Pathway, number> {
  const crackOnly = c.endplate === 'cracked' && c.wall !== 'breached'
  const without = crackOnly ? anyLeakAt({ ...c, endplate: 'intact' }, proc, detection, 0) : any
  const p = splitAnyLeak(without, weightsFor(c, proc, detection))
  if (crackOnly && without < 1) {
    const extra = 1 - (1 - any) / (1 - without)
    p.disc = clamp01(1 - (1 - p.disc) * (1 - extra))
  }
  return p
}

/** Vertebroplasty's venous leaks in the base case, on X-ray: what Luetmer's embolism rate goes with. */
const BASE_VENOUS = splitAnyLeak(VP_ANY_XRAY.value, PATHWAY_WEIGHTS.vp.xray).venous

/** "OR 5.56 (1.84-16.81)": a published ratio as the legend prints it, from the figure itself. */
const ratio = (kind: 'OR' | 'RR', f: Figure) =>
  `${kind} ${f.value.toFixed(2)}${f.ci ? ` (${f.ci[0].toFixed(2)}-${f.ci[1].toFixed(2)})` : ''}`

function factorsOf(c: CaseParams): Factor[] {
  const f: Factor[] = []
  const cortical = ratio('OR', OR_CORTICAL)
  if (c.wall === 'breached') {
    const canal =
      c.cause === 'tumor'
        ? 'canal share as in metastases (15.9 % of vertebrae)'
        : 'canal share uncertain: no osteoporotic series reports it by wall status'
    f.push({ id: 'wall', effect: `${cortical}, once; ${canal}`, source: 'zhan2017', applied: true })
  }
  if (c.endplate === 'cracked')
    f.push({
      id: 'endplate',
      effect:
        c.wall === 'breached'
          ? 'the same cortical OR, not applied again'
          : `${cortical}; its extra leaks go into the disc (derived)`,
      source: 'zhan2017',
      applied: true,
    })
  if (c.visc !== 'medium') {
    const L = viscL(RR_HIGH_VS_LOW.value)
    f.push({
      id: 'visc',
      effect: `${ratio('RR', RR_HIGH_VS_LOW)} thick against runny; medium half way on the log odds (assumed): OR ${Math.exp(L / 2).toFixed(2)} ${c.visc === 'low' ? 'up' : 'down'}`,
      source: 'hvc2018',
      applied: true,
    })
  }
  if (c.cleft)
    f.push({
      id: 'cleft',
      effect: `${ratio('OR', OR_CLEFT)}; ${c.proc === 'kp' ? 'more basivertebral leaks' : 'fewer venous, more cortical leaks'}`,
      source: 'zhan2017',
      applied: true,
    })
  const dv = volumeOf(c) - defaultVolume(c.level)
  if (Math.abs(dv) > 1e-9)
    f.push({
      id: 'vol',
      effect: `OR ${Math.exp(volumeSlope(0)).toFixed(2)} per mL (derived, SD 1.5 mL assumed) against ${defaultVolume(c.level)} mL, usual at ${c.level}`,
      source: 'zhan2017',
      applied: true,
    })
  const raising = [c.wall === 'breached' || c.endplate === 'cracked', c.cleft, c.visc === 'low', dv > 0].filter(
    Boolean,
  ).length
  if (raising > 1)
    f.push({
      id: 'stacked',
      effect: `${raising} raising factors: the largest in full, each further one at half (assumed; the pooled odds ratios are unadjusted and overlap)`,
      source: 'derived',
      applied: true,
    })
  if (c.proc === 'kp' && c.approach === 'uni')
    f.push({
      id: 'approach',
      effect: `one balloon (a subgroup ${ratio('RR', RR_UNI_KP_SUBGROUP)} in a null overall result)`,
      source: 'ma2022',
      applied: false,
    })
  if (c.cause === 'tumor')
    f.push({
      id: 'cause',
      effect: 'leaks split as in metastases; acute complications of any cause up to 10 %',
      source: 'wjso2022',
      applied: true,
    })
  return f
}

export function computeRisk(
  c: CaseParams,
  procedure: ProcedureKey = c.proc,
  detection: Detection = 'xray',
): RiskResult {
  const anyLeak = anyLeakAt(c, procedure, detection, 0)
  const range: [number, number] = [anyLeakAt(c, procedure, detection, -1), anyLeakAt(c, procedure, detection, 1)]
  const pathways = pathwaysFor(c, procedure, detection, anyLeak)
  // embolism is seen on chest CT whatever imaging found the leaks. It follows the case's venous leaks as
  // vertebroplasty's split has them (kyphoplasty's type B leaks run mostly to the epidural veins, not the lungs),
  // and kyphoplasty takes the head-to-head risk ratio (derived; embolism is rarer after KP, J Orthop Surg Res 2021)
  const venous = pathwaysFor(c, 'vp', 'xray', anyLeakAt(c, 'vp', 'xray', 0)).venous
  const embolism = clamp01(((PCE_VP.value * venous) / BASE_VENOUS) * (procedure === 'kp' ? RR_KP_VS_VP.value : 1))
  return {
    detection,
    anyLeak,
    anyLeakRange: [Math.min(...range), Math.max(...range)],
    symptomatic: SYMPTOMATIC_LEAK.value,
    symptomaticRange: SYMPTOMATIC_LEAK.ci!,
    complicationsUpTo: c.cause === 'tumor' ? SYMPTOMATIC_TUMOR.value : null,
    embolism,
    embolismSymptomatic: embolism * PCE_SYMPTOMATIC_SHARE,
    pathways,
    factors: factorsOf({ ...c, proc: procedure }),
  }
}
