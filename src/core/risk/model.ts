// Leakage risk, first model: population figures for the case's procedure and factors. Not a prediction for
// a patient. Method: the any-leak probability is logistic on the odds, starting from the procedure's pooled
// rate and adding the log odds ratio of each factor present; pathways are the any-leak probability times
// each pathway's share of leaking vertebrae.
import type { CaseParams, ProcedureKey } from '../case'
import type { SourceId } from './sources'

export type Pathway = 'disc' | 'paravertebral' | 'canal' | 'venous' | 'needle'
export const PATHWAYS: readonly Pathway[] = ['disc', 'paravertebral', 'canal', 'venous', 'needle']

export interface RiskResult {
  /** probability of any cement outside the vertebra on X-ray, per treated vertebra, 0..1 */
  anyLeak: number
  /** probability of a leak that causes symptoms, 0..1 */
  symptomatic: number
  pathways: Record<Pathway, number>
  /** each factor that moved the estimate, for the legend */
  factors: { id: string; effect: string; source: SourceId }[]
}

/** Pooled leak incidence per vertebra: VP 54.7 %, KP 18.4 % (Zhan 2017). */
export const BASE_ANY_LEAK: Record<ProcedureKey, number> = { vp: 0.547, kp: 0.184 }

/** Odds ratios (Zhan 2017): cortical disruption 5.56 (1.84-16.81); low viscosity 3.32 (1.36-8.07). */
export const OR_CORTICAL_DISRUPTION = 5.56
export const OR_LOW_VISCOSITY = 3.32
/** High- vs low-viscosity cement, any leak: RR 0.38 (0.29-0.51) (HVC meta-analysis 2018). */
export const RR_HIGH_VS_LOW = 0.38

/**
 * Volume: leaking vertebrae had 0.59 mL more cement (weighted mean difference, Zhan 2017). With equal
 * spread in both groups the log-odds slope is that difference over the variance; with a typical spread of
 * injected volumes of 1.5 mL SD (our assumption) that is 0.59 / 1.5^2 = 0.26 per mL (OR 1.30 per mL),
 * around a reference of 4 mL (cadaver VP at L1: 4.4 mL; FREE trial KP: 2.4 mL per side).
 */
export const VOLUME_LOG_OR_PER_ML = 0.59 / (1.5 * 1.5)
export const VOLUME_REF_ML = 4

/**
 * Share of leaking vertebrae that leak by each pathway (shares overlap: one vertebra can leak two ways).
 * From Hsieh 2019 (VP, 3175 patients): disc 26 %, paraspinal 25 %, venous 11.4 + 4.9 %, canal 0.7 %. Under
 * independence these combine to 54.8 % any leak, so each share is its rate / 0.548. The needle track has no
 * published rate: 2 % of all vertebrae is our assumption. The anatomy of leaks in kyphoplasty is taken as
 * the same until the risk issue splits it.
 */
export const PATHWAY_SHARE: Record<Pathway, { share: number; source: SourceId }> = {
  disc: { share: 0.26 / 0.548, source: 'hsieh2019' },
  paravertebral: { share: 0.25 / 0.548, source: 'hsieh2019' },
  venous: { share: 0.163 / 0.548, source: 'hsieh2019' },
  canal: { share: 0.007 / 0.548, source: 'hsieh2019' },
  needle: { share: 0.02 / 0.548, source: 'model' },
}

/** Symptomatic complications: about 1 % of osteoporotic VP, up to 10 % with metastases (Liao 2018). */
export const SYMPTOMATIC_PER_LEAK: Record<CaseParams['cause'], number> = { osteoporosis: 0.01 / 0.547, tumor: 0.1 / 0.566 }

const logit = (p: number) => Math.log(p / (1 - p))
const expit = (x: number) => 1 / (1 + Math.exp(-x))
const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0)

export function computeRisk(c: CaseParams, procedure: ProcedureKey = c.proc): RiskResult {
  const factors: RiskResult['factors'] = []
  let lo = logit(BASE_ANY_LEAK[procedure])
  // metastases: 56.6 % of vertebrae leaked in WJSO 2022, close to the VP pool; the canal share rises below
  if (c.wall === 'breached') {
    lo += Math.log(OR_CORTICAL_DISRUPTION)
    factors.push({ id: 'wall', effect: 'OR 5.56', source: 'zhan2017' })
  }
  if (c.visc === 'low') {
    lo += Math.log(OR_LOW_VISCOSITY)
    factors.push({ id: 'visc', effect: 'OR 3.32', source: 'zhan2017' })
  }
  const vol = Number.isFinite(c.vol) ? c.vol : VOLUME_REF_ML
  lo += VOLUME_LOG_OR_PER_ML * (vol - VOLUME_REF_ML)
  if (vol !== VOLUME_REF_ML) factors.push({ id: 'vol', effect: `OR 1.30 per mL vs ${VOLUME_REF_ML} mL`, source: 'zhan2017' })
  let anyLeak = expit(lo)
  if (c.visc === 'high') {
    // high viscosity is published against low, not medium: 0.38 x the low-viscosity risk, never above medium
    const lowRisk = expit(lo + Math.log(OR_LOW_VISCOSITY))
    anyLeak = Math.min(anyLeak, RR_HIGH_VS_LOW * lowRisk)
    factors.push({ id: 'visc', effect: 'RR 0.38 vs low', source: 'hvc2018' })
  }
  anyLeak = clamp01(anyLeak)
  const pathways = {} as Record<Pathway, number>
  for (const p of PATHWAYS) pathways[p] = clamp01(anyLeak * PATHWAY_SHARE[p].share)
  // a breached posterior wall opens the canal: canal leaks in 15.9 % of vertebrae with metastases whose
  // wall is destroyed (WJSO 2022) vs 0.7 % of osteoporotic patients (Hsieh 2019)
  if (c.wall === 'breached') pathways.canal = clamp01(Math.max(pathways.canal, 0.159 * (anyLeak / 0.566)))
  if (c.cause === 'tumor') factors.push({ id: 'cause', effect: 'symptoms up to 10 %', source: 'liao2018' })
  const symptomatic = clamp01(anyLeak * SYMPTOMATIC_PER_LEAK[c.cause])
  return { anyLeak, symptomatic, pathways, factors }
}
