// Every published figure the leak-risk model uses, with its source and, where published, its 95 % CI.
// Derived numbers say how they are derived. reference/clinical-facts.md sections 1-3 holds the wider table.
import type { ProcedureKey } from '../case'
import type { SourceId } from './sources'
import type { Pathway } from './model'

export interface Figure { value: number; ci?: [number, number]; source: SourceId }

/** Leaks per treated vertebra on plain X-ray, pooled: VP 54.7 %, KP 18.4 % (22 studies, 4187 vertebrae). */
export const BASE_ANY_LEAK: Record<ProcedureKey, Figure> = {
  vp: { value: 0.547, source: 'zhan2017' },
  kp: { value: 0.184, source: 'zhan2017' },
}

/** Any leak on post-procedure CT after VP: 82 % of patients (149/181, CI 76-87 %). */
export const CT_ANY_LEAK_VP: Figure = { value: 0.82, ci: [0.76, 0.87], source: 'mayo2012' }

/** Odds ratios for any leak (meta-analysis, VP and KP). Cortical disruption covers the back wall and the endplates. */
export const OR_CORTICAL: Figure = { value: 5.56, ci: [1.84, 16.81], source: 'zhan2017' }
export const OR_LOW_VISCOSITY: Figure = { value: 3.32, ci: [1.36, 8.07], source: 'zhan2017' }
export const OR_CLEFT: Figure = { value: 1.4, ci: [1.09, 1.78], source: 'zhan2017' }
/** High- against low-viscosity cement, any leak: a risk ratio. */
export const RR_HIGH_VS_LOW: Figure = { value: 0.38, ci: [0.29, 0.51], source: 'hvc2018' }
/** The same by pathway (disc and vein significant, canal and paravertebral not). */
export const RR_HIGH_VS_LOW_BY_PATHWAY: Record<Exclude<Pathway, 'needle'>, number> = { disc: 0.45, venous: 0.54, canal: 0.48, paravertebral: 0.63 }
/** Unilateral against bilateral kyphoplasty, any leak: RR 0.65 (0.44-0.97). For vertebroplasty RR 0.89 (0.61-1.29), not significant, so not applied. */
export const RR_UNI_KP: Figure = { value: 0.65, ci: [0.44, 0.97], source: 'unibi2021' }

/**
 * Volume: leaking vertebrae held 0.59 mL more cement (WMD, CI 0.02-1.17). Derived slope: with a spread of
 * injected volumes of 1.5 mL SD (our assumption) and equal spread in both groups, the log-odds slope is the
 * difference over the variance, 0.59 / 1.5^2 = 0.26 per mL (OR 1.30 per mL), around 4 mL.
 */
export const VOLUME_WMD: Figure = { value: 0.59, ci: [0.02, 1.17], source: 'zhan2017' }
export const VOLUME_SD_ML = 1.5
export const VOLUME_REF_ML = 4

/**
 * How leaks split by pathway, as the rate of each among all treated vertebrae (a vertebra can leak two ways).
 * VP on X-ray: disc 26 %, paraspinal 25 %, venous 11.4 + 4.9 %, canal 0.7 % (Hsieh 2019, 3175 patients);
 * combined as independent events they give 54.8 % any leak, the pooled 54.7 %. VP on CT: endplate 45 %,
 * paravertebral 35 %, prevertebral venous 18 %, epidural 20 % (Mayo series). KP on X-ray: venous 15.5 %
 * and disc 7.8 % (270 vertebrae); its paravertebral, canal and needle weights are VP's scaled by KP's disc
 * ratio (7.8 / 26), a derivation. KP on CT: KP's X-ray weights times VP's CT/X-ray ratio per pathway.
 * Needle track: no published rate; 2 % of VP vertebrae is our assumption.
 */
const VP_XRAY = { disc: 0.26, paravertebral: 0.25, venous: 0.163, canal: 0.007, needle: 0.02 }
const VP_CT = { disc: 0.45, paravertebral: 0.35, venous: 0.18, canal: 0.2, needle: 0.02 }
const KP_SCALE = 0.078 / 0.26
const KP_XRAY = { disc: 0.078, venous: 0.155, paravertebral: VP_XRAY.paravertebral * KP_SCALE, canal: VP_XRAY.canal * KP_SCALE, needle: VP_XRAY.needle * KP_SCALE }
const ctOf = (x: Record<Pathway, number>) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, (v * VP_CT[k as Pathway]) / VP_XRAY[k as Pathway]])) as Record<Pathway, number>

export type Detection = 'xray' | 'ct'
export const PATHWAY_WEIGHTS: Record<ProcedureKey, Record<Detection, Record<Pathway, number>>> = {
  vp: { xray: VP_XRAY, ct: VP_CT },
  kp: { xray: KP_XRAY, ct: ctOf(KP_XRAY) },
}
export const PATHWAY_SOURCE: Record<ProcedureKey, Record<Detection, SourceId>> = {
  vp: { xray: 'hsieh2019', ct: 'mayo2012' },
  kp: { xray: 'kpSeries270', ct: 'kpSeries270' },
}

/**
 * An intravertebral cleft shifts where leaks go: venous 37.4 % of leaks with a cleft against 67.6 % without,
 * cortical (disc and paravertebral) 40.3 % against 16.5 % (278 patients).
 */
export const CLEFT_SHIFT = { venous: 0.374 / 0.676, cortical: 0.403 / 0.165, source: 'pmc8449924' as SourceId }

/**
 * A destroyed back wall and the canal: canal leaks in 15.9 % of vertebrae with metastases (wall destruction an
 * independent risk, P = 0.001), of 56.6 % that leaked at all; against 0.7 % of osteoporotic VP patients.
 */
export const CANAL_WITH_BREACH: Figure = { value: 0.159, source: 'wjso2022' }
export const ANY_LEAK_METASTASES: Figure = { value: 0.566, source: 'wjso2022' }

/**
 * Symptomatic complications per treated vertebra: about 1 % after VP for osteoporosis, up to 10 % with
 * metastases (Liao 2018); scaled by the case's any-leak against VP's base rate.
 */
export const SYMPTOMATIC: Record<'osteoporosis' | 'tumor', Figure> = {
  osteoporosis: { value: 0.01, source: 'liao2018' },
  tumor: { value: 0.1, source: 'liao2018' },
}

/**
 * Pulmonary cement embolism: 9.4 % of VP patients on chest CT (23/244, CI 6-13 %), 1 of the 23 with
 * symptoms (Luetmer 2011). The model takes embolism as a fixed share of venous leaks on CT, the share that
 * gives 9.4 % for the base VP case (about half: the Mayo series saw venous leaks in 18 %).
 */
export const PCE_VP: Figure = { value: 0.094, ci: [0.06, 0.13], source: 'luetmer2011' }
export const PCE_SYMPTOMATIC_SHARE = 1 / 23
