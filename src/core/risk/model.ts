// Leakage risk: population figures for the case's procedure and factors, never a prediction for a patient.
// Method (every number in evidence.ts, with its source):
// 1. Any leak is logistic on the odds: the procedure's pooled rate, plus the log odds ratio of each factor
//    present (cortical disruption, low viscosity, cleft, volume). Risk ratios (high viscosity against low,
//    one-sided kyphoplasty) then scale the probability. CT shifts the odds by VP's CT/X-ray difference.
// 2. Pathways split that any-leak probability by weights: the published rate of each pathway, moved by the
//    factors that move that pathway (a breach opens the canal, a cracked endplate the disc, a cleft shifts
//    leaks from veins to the cortex, thick cement cuts some pathways more than others). Each pathway is
//    weight x s, with s chosen so the pathways, as independent events, give exactly the any-leak probability.
// 3. Symptoms scale with any leak from the published rate for the cause; embolism is a share of venous leaks.
import type { CaseParams, ProcedureKey } from '../case'
import type { SourceId } from './sources'
import {
  ANY_LEAK_METASTASES, BASE_ANY_LEAK, CANAL_WITH_BREACH, CLEFT_SHIFT, CT_ANY_LEAK_VP, OR_CLEFT, OR_CORTICAL, OR_LOW_VISCOSITY,
  PATHWAY_WEIGHTS, PCE_SYMPTOMATIC_SHARE, PCE_VP, RR_HIGH_VS_LOW, RR_HIGH_VS_LOW_BY_PATHWAY, RR_UNI_KP,
  SYMPTOMATIC, VOLUME_REF_ML, VOLUME_SD_ML, VOLUME_WMD, type Detection, type Figure,
} from './evidence'

export type Pathway = 'disc' | 'paravertebral' | 'canal' | 'venous' | 'needle'
export const PATHWAYS: readonly Pathway[] = ['disc', 'paravertebral', 'canal', 'venous', 'needle']
export type { Detection } from './evidence'

/** A factor of the case that moved the estimate: what, by how much, and from where. */
export interface Factor { id: 'wall' | 'endplate' | 'visc' | 'cleft' | 'vol' | 'approach' | 'cause'; effect: string; source: SourceId }

export interface RiskResult {
  detection: Detection
  /** probability of any cement outside the vertebra, per treated vertebra, 0..1 */
  anyLeak: number
  /** the same with every applied effect at the low and at the high end of its 95 % CI */
  anyLeakRange: [number, number]
  /** probability of a leak that causes symptoms, 0..1 */
  symptomatic: number
  /** probability of cement reaching the lungs (seen on chest CT), and of that causing symptoms */
  embolism: number
  embolismSymptomatic: number
  pathways: Record<Pathway, number>
  factors: Factor[]
}

const logit = (p: number) => Math.log(p / (1 - p))
const expit = (x: number) => 1 / (1 + Math.exp(-x))
const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0)
const at = (f: Figure, end: -1 | 0 | 1) => (end === 0 || !f.ci ? f.value : f.ci[end < 0 ? 0 : 1])
/** VP's odds shift from X-ray to CT (54.7 % -> 82 %), applied to either procedure. */
const CT_LOGIT_SHIFT = logit(CT_ANY_LEAK_VP.value) - logit(BASE_ANY_LEAK.vp.value)

/** Any-leak probability, with each effect at the low end (-1), the estimate (0) or the high end (1) of its CI. */
function anyLeakAt(c: CaseParams, proc: ProcedureKey, detection: Detection, end: -1 | 0 | 1): number {
  const cortical = c.wall === 'breached' || c.endplate === 'cracked'
  let lo = logit(BASE_ANY_LEAK[proc].value) + (detection === 'ct' ? CT_LOGIT_SHIFT : 0)
  if (cortical) lo += Math.log(at(OR_CORTICAL, end))
  if (c.visc === 'low') lo += Math.log(at(OR_LOW_VISCOSITY, end))
  if (c.cleft) lo += Math.log(at(OR_CLEFT, end))
  const vol = Number.isFinite(c.vol) ? c.vol : VOLUME_REF_ML
  lo += (at(VOLUME_WMD, end) / VOLUME_SD_ML ** 2) * (vol - VOLUME_REF_ML)
  let p = expit(lo)
  if (c.visc === 'high') {
    // published against low viscosity, not medium: RR x the low-viscosity risk, never above medium
    p = Math.min(p, at(RR_HIGH_VS_LOW, end) * expit(lo + Math.log(at(OR_LOW_VISCOSITY, end))))
  }
  if (proc === 'kp' && c.approach === 'uni') p *= at(RR_UNI_KP, end)
  return clamp01(p)
}

/** Pathway weights for the case: the published split, moved by the factors that move each pathway. */
function weightsFor(c: CaseParams, proc: ProcedureKey, detection: Detection): Record<Pathway, number> {
  const w = { ...PATHWAY_WEIGHTS[proc][detection] }
  if (c.wall === 'breached') w.canal = Math.max(w.canal, (CANAL_WITH_BREACH.value / ANY_LEAK_METASTASES.value) * BASE_ANY_LEAK.vp.value)
  if (c.endplate === 'cracked') w.disc *= OR_CORTICAL.value
  if (c.cleft) {
    w.venous *= CLEFT_SHIFT.venous
    w.disc *= CLEFT_SHIFT.cortical
    w.paravertebral *= CLEFT_SHIFT.cortical
  }
  if (c.visc === 'high') for (const [k, rr] of Object.entries(RR_HIGH_VS_LOW_BY_PATHWAY)) w[k as Pathway] *= rr / RR_HIGH_VS_LOW.value
  return w
}

/** Pathway probabilities p = min(1, s * w) whose union, as independent events, is `any`. */
export function splitAnyLeak(any: number, w: Record<Pathway, number>): Record<Pathway, number> {
  const union = (s: number) => 1 - PATHWAYS.reduce((q, k) => q * (1 - Math.min(1, s * w[k])), 1)
  let lo = 0, hi = 1
  while (union(hi) < any && hi < 1e6) hi *= 2
  for (let i = 0; i < 60; i++) { const m = (lo + hi) / 2; if (union(m) < any) lo = m; else hi = m }
  const s = (lo + hi) / 2
  return Object.fromEntries(PATHWAYS.map((k) => [k, clamp01(Math.min(1, s * w[k]))])) as Record<Pathway, number>
}

/** Embolism as a share of venous leaks on CT: the share that reproduces Luetmer's 9.4 % for base VP. */
const PCE_SHARE_OF_VENOUS = PCE_VP.value / splitAnyLeak(CT_ANY_LEAK_VP.value, PATHWAY_WEIGHTS.vp.ct).venous

/** "OR 5.56 (1.84-16.81)": a published ratio as the legend prints it, from the figure itself. */
const ratio = (kind: 'OR' | 'RR', f: Figure) => `${kind} ${f.value.toFixed(2)}${f.ci ? ` (${f.ci[0].toFixed(2)}-${f.ci[1].toFixed(2)})` : ''}`
const pct = (p: number) => `${+(p * 100).toFixed(1)} %`

function factorsOf(c: CaseParams, proc: ProcedureKey): Factor[] {
  const f: Factor[] = []
  const cortical = ratio('OR', OR_CORTICAL)
  if (c.wall === 'breached') f.push({ id: 'wall', effect: `${cortical}; canal leaks ${pct(CANAL_WITH_BREACH.value)} with a destroyed wall`, source: 'zhan2017' })
  if (c.endplate === 'cracked') f.push({ id: 'endplate', effect: `${c.wall === 'breached' ? 'same cortical OR, once' : cortical}; disc leaks x${OR_CORTICAL.value}`, source: 'zhan2017' })
  if (c.visc === 'low') f.push({ id: 'visc', effect: ratio('OR', OR_LOW_VISCOSITY), source: 'zhan2017' })
  if (c.visc === 'high') {
    const by = RR_HIGH_VS_LOW_BY_PATHWAY
    f.push({ id: 'visc', effect: `${ratio('RR', RR_HIGH_VS_LOW)} against low; disc ${by.disc}, veins ${by.venous}`, source: 'hvc2018' })
  }
  if (c.cleft) f.push({ id: 'cleft', effect: `${ratio('OR', OR_CLEFT)}; fewer venous, more cortical leaks`, source: 'zhan2017' })
  const vol = Number.isFinite(c.vol) ? c.vol : VOLUME_REF_ML
  const perMl = Math.exp(VOLUME_WMD.value / VOLUME_SD_ML ** 2)
  if (vol !== VOLUME_REF_ML) f.push({ id: 'vol', effect: `OR ${perMl.toFixed(2)} per mL against ${VOLUME_REF_ML} mL`, source: 'zhan2017' })
  if (proc === 'kp' && c.approach === 'uni') f.push({ id: 'approach', effect: `${ratio('RR', RR_UNI_KP)} against two-sided`, source: 'unibi2021' })
  if (c.cause === 'tumor') f.push({ id: 'cause', effect: `symptoms up to ${pct(SYMPTOMATIC.tumor.value)}`, source: 'liao2018' })
  return f
}

export function computeRisk(c: CaseParams, procedure: ProcedureKey = c.proc, detection: Detection = 'xray'): RiskResult {
  const anyLeak = anyLeakAt(c, procedure, detection, 0)
  const range: [number, number] = [anyLeakAt(c, procedure, detection, -1), anyLeakAt(c, procedure, detection, 1)]
  const pathways = splitAnyLeak(anyLeak, weightsFor(c, procedure, detection))
  // symptoms and embolism do not depend on how the leaks were looked for: both from the X-ray scale
  const xray = detection === 'xray' ? anyLeak : anyLeakAt(c, procedure, 'xray', 0)
  const cause = c.cause === 'tumor' ? 'tumor' : 'osteoporosis'
  const symptomatic = clamp01(SYMPTOMATIC[cause].value * (xray / BASE_ANY_LEAK.vp.value))
  const venousCt = detection === 'ct' ? pathways.venous : splitAnyLeak(anyLeakAt(c, procedure, 'ct', 0), weightsFor(c, procedure, 'ct')).venous
  const embolism = clamp01(venousCt * PCE_SHARE_OF_VENOUS)
  return {
    detection, anyLeak, anyLeakRange: [Math.min(...range), Math.max(...range)], symptomatic,
    embolism, embolismSymptomatic: embolism * PCE_SYMPTOMATIC_SHARE, pathways, factors: factorsOf(c, procedure),
  }
}
