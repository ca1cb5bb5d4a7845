// Every figure the leak-risk model uses: its value, its 95 % CI where published, what it counts (per treated
// vertebra, per patient or per procedure; on plain X-ray, on CT, or imaging mixed) and its source. A figure no
// single study reported cites 'derived' and says how, from what. reference/clinical-audit.md is the review this
// file answers; reference/clinical-facts.md holds the wider table.
import type { SourceId } from './sources'

export type Pathway = 'disc' | 'paravertebral' | 'canal' | 'venous' | 'needle'
export type Detection = 'xray' | 'ct'

/** What a figure counts: per what, and on which imaging ('clinical': symptoms, not an image finding). */
export interface Counts {
  per: 'vertebra' | 'patient' | 'procedure'
  imaging: Detection | 'mixed' | 'clinical'
}

export interface Figure {
  value: number
  ci?: [number, number]
  source: SourceId
  counts?: Counts
  /** for a derived figure: the sources it was derived from and how */
  derived?: { from: SourceId[]; how: string }
}

/** Levels per patient in the two per-patient series below: 277/181 (Martin 2012), 465/244 (Luetmer 2011). */
const LEVELS_PER_PATIENT = { mayo2012: 277 / 181, luetmer2011: 465 / 244 }

/** Per-patient risk over n levels -> per level, taking the levels as independent: 1 - (1 - p)^(1/n). */
export const perLevel = (perPatient: number, levels: number) => 1 - (1 - perPatient) ** (1 / levels)

/** A per-patient figure as a derived per-level one, its CI ends likewise. */
function perLevelOf(f: Figure, levels: number, how: string): Figure {
  return {
    value: perLevel(f.value, levels),
    ci: f.ci && [perLevel(f.ci[0], levels), perLevel(f.ci[1], levels)],
    source: 'derived',
    counts: { per: 'vertebra', imaging: f.counts?.imaging ?? 'mixed' },
    derived: { from: [f.source], how },
  }
}

/**
 * The baseline: any leak after vertebroplasty, per treated vertebra, mostly on plain films and fluoroscopy:
 * 41 % (Hulme 2006, 69 studies). The spread across sources is the baseline's own uncertainty: 39.3 % in the
 * direct comparisons of Rose 2024 to 54.7 % in Zhan 2017 (unit and imaging not stated, series mixing X-ray
 * and CT).
 */
export const VP_ANY_XRAY: Figure = { value: 0.41, source: 'hulme2006', counts: { per: 'vertebra', imaging: 'xray' } }
export const VP_ANY_SPREAD: readonly [number, number] = [0.393, 0.547]

/**
 * Kyphoplasty against vertebroplasty, from studies that compared the two directly: RR 0.62 (0.47-0.80),
 * 16 comparative studies (J Orthop Surg Res 2018). Cross-check: the six direct comparisons of Rose 2024 give
 * 28.9 / 39.3 = 0.74, inside that interval; Han 2011 found "similar risk". Not used: the two separately pooled
 * rates of Zhan 2017 (54.7 % against 18.4 %), which come from unrelated study populations.
 */
export const RR_KP_VS_VP: Figure = { value: 0.62, ci: [0.47, 0.8], source: 'josr2018' }

/**
 * CT finds more. Martin 2012: a leak at one or more levels on CT in 82 % (76-87 %) of 181 patients treated at
 * 277 levels. Per level (derived, levels independent): 1 - 0.18^(181/277) = 67 %, CI ends likewise. The same
 * odds shift is used for kyphoplasty (derived: no kyphoplasty CT series in the store).
 */
export const CT_ANY_VP_PER_PATIENT: Figure = {
  value: 0.82,
  ci: [0.76, 0.87],
  source: 'mayo2012',
  counts: { per: 'patient', imaging: 'ct' },
}
export const CT_ANY_VP = perLevelOf(
  CT_ANY_VP_PER_PATIENT,
  LEVELS_PER_PATIENT.mayo2012,
  '82 % of patients at 1.53 levels each, as independent levels: 67 % per level',
)

/** Odds ratios for any leak (Zhan 2017, VP and KP). Cortical disruption covers the back wall and the endplates: applied once. */
export const OR_CORTICAL: Figure = { value: 5.56, ci: [1.84, 16.81], source: 'zhan2017' }
export const OR_CLEFT: Figure = { value: 1.4, ci: [1.09, 1.78], source: 'zhan2017' }

/**
 * Viscosity, one source for the contrast: high against low, RR 0.38 (0.29-0.51) (Zhang 2018). Medium cement is
 * the pooled baseline and sits half way between on the log-odds scale (an assumption): low and high move the
 * log odds by +L/2 and -L/2, with L the log odds ratio that gives RR 0.38 at the baseline. That implies an odds
 * ratio of about 5.2 for low against high, inside Zhan 2017's interval for low viscosity (OR 3.32, 1.36-8.07),
 * which is kept as a cross-check, not applied.
 */
export const RR_HIGH_VS_LOW: Figure = { value: 0.38, ci: [0.29, 0.51], source: 'hvc2018' }
export const OR_LOW_VISCOSITY_ZHAN: Figure = { value: 3.32, ci: [1.36, 8.07], source: 'zhan2017' }

/**
 * Volume: leaking vertebrae held 0.59 mL more cement (WMD 0.02-1.17, Zhan 2017). Derived slope: with injected
 * volumes spread 1.5 mL SD (assumed) and equal spread in both groups, the log-odds slope is the difference over
 * the variance, 0.59 / 1.5^2 = 0.26 per mL (OR 1.30 per mL; 1.80 with SD 1 mL, 1.16 with SD 2 mL). It applies to
 * the volume above or below this level's usual volume (case.ts, defaultVolume).
 */
export const VOLUME_WMD: Figure = { value: 0.59, ci: [0.02, 1.17], source: 'zhan2017' }
export const VOLUME_SD_ML = 1.5

/**
 * Each further raising factor counts half (derived, an assumption): the pooled odds ratios are unadjusted, and
 * cortical disruption, clefts and severe collapse go together, so multiplying them in full would count their
 * overlap more than once.
 */
export const STACKED_SHRINK = 0.5

/** One needle or two: not applied. Ma 2022's kyphoplasty subgroup (RR 0.65, 0.44-0.97) sits in a null overall result (RR 0.80, 0.57-1.11). */
export const RR_UNI_KP_SUBGROUP: Figure = { value: 0.65, ci: [0.44, 0.97], source: 'ma2022' }

/**
 * How leaks split by pathway: the rate of each among the treated, used only as relative weights (the union of
 * the pathways is then set to the any-leak figure, model.ts).
 * - VP, X-ray: Hsieh 2019, per patient: disc 26 %, paraspinal 25 %, veins 11.4 + 4.9 %, canal 0.7 % (its
 *   denominator is uncertain: 26 / 3175 is 0.82 %). The pathways are taken as independent, an assumption.
 *   Needle track: no published VP rate, 2 % is an estimate.
 * - VP, CT: Martin 2012, per patient: endplate 45 %, paravertebral 35 %, prevertebral veins 18 %, epidural 20 %
 *   (most of it in the epidural veins, not cement pressing on the sac).
 * - KP, X-ray: Wang 2014's own types: type B 15.5 % (basivertebral foramen, towards the epidural veins), type D
 *   7.8 % (disc); needle channel 5.4 % (Chen 2020); paravertebral and canal derived, VP's scaled by the disc
 *   ratio 7.8 / 26.
 * - KP, CT: KP's X-ray weights times VP's CT/X-ray ratio per pathway (derived).
 * - Metastases (either procedure): WJSO 2022: canal 15.9 %, vessels 9.7 %, disc and paravertebral 31.0 %
 *   (split between the two as in Hsieh 2019, derived).
 */
const VP_XRAY: Record<Pathway, number> = { disc: 0.26, paravertebral: 0.25, venous: 0.163, canal: 0.007, needle: 0.02 }
const VP_CT: Record<Pathway, number> = { disc: 0.45, paravertebral: 0.35, venous: 0.18, canal: 0.2, needle: 0.02 }
const KP_SCALE = 0.078 / 0.26
const KP_XRAY: Record<Pathway, number> = {
  disc: 0.078,
  venous: 0.155,
  needle: 0.054,
  paravertebral: VP_XRAY.paravertebral * KP_SCALE,
  canal: VP_XRAY.canal * KP_SCALE,
}
const ctOf = (x: Record<Pathway, number>) =>
  Object.fromEntries(
    Object.entries(x).map(([k, v]) => [k, (v * VP_CT[k as Pathway]) / VP_XRAY[k as Pathway]]),
  ) as Record<Pathway, number>
const DISC_SHARE = VP_XRAY.disc / (VP_XRAY.disc + VP_XRAY.paravertebral)
const METASTASES: Record<Pathway, number> = {
  canal: 0.159,
  venous: 0.097,
  disc: 0.31 * DISC_SHARE,
  paravertebral: 0.31 * (1 - DISC_SHARE),
  needle: VP_XRAY.needle,
}

export type SplitKey = 'vp' | 'kp' | 'metastases'
export const PATHWAY_WEIGHTS: Record<SplitKey, Record<Detection, Record<Pathway, number>>> = {
  vp: { xray: VP_XRAY, ct: VP_CT },
  kp: { xray: KP_XRAY, ct: ctOf(KP_XRAY) },
  metastases: { xray: METASTASES, ct: ctOf(METASTASES) },
}

/** Where each pathway's share comes from, for each split and way of looking. */
export const PATHWAY_SOURCE: Record<SplitKey, Record<Detection, Record<Pathway, SourceId>>> = {
  vp: {
    xray: { disc: 'hsieh2019', paravertebral: 'hsieh2019', venous: 'hsieh2019', canal: 'hsieh2019', needle: 'model' },
    ct: { disc: 'mayo2012', paravertebral: 'mayo2012', venous: 'mayo2012', canal: 'mayo2012', needle: 'model' },
  },
  kp: {
    xray: { disc: 'wang2014', venous: 'wang2014', needle: 'chen2020', paravertebral: 'derived', canal: 'derived' },
    ct: { disc: 'derived', venous: 'derived', needle: 'derived', paravertebral: 'derived', canal: 'derived' },
  },
  metastases: {
    xray: { canal: 'wjso2022', venous: 'wjso2022', disc: 'derived', paravertebral: 'derived', needle: 'model' },
    ct: { canal: 'derived', venous: 'derived', disc: 'derived', paravertebral: 'derived', needle: 'model' },
  },
}

/**
 * A cleft shifts where leaks go, not how often (any leak 67.6 % against 76.3 %, not significant, PMC8449924; the
 * any-leak odds still take Zhan's OR 1.40). Vertebroplasty: venous-type leaks in 37.4 % of patients with a cleft
 * against 67.6 % without, cortical-type (disc and beside the bone) 40.3 % against 16.5 %. Kyphoplasty: type B
 * (basivertebral) leaks 23.6 % against 12.6 % (Wang 2014), the other way.
 */
export const CLEFT_SHIFT = {
  vp: { venous: 0.374 / 0.676, cortical: 0.403 / 0.165, source: 'pmc8449924' as SourceId },
  kp: { venous: 0.236 / 0.126, cortical: 1, source: 'wang2014' as SourceId },
}

/**
 * Leaks that cause symptoms, per procedure, from primary series: none in 1,025 procedures (Rose 2024; the upper
 * 95 % bound of 0 in 1,025 is 0.3 %); canal leaks needing surgery 0.13 % and embolism needing oxygen 0-0.9 % by
 * volume (Hsieh 2019); 1 symptomatic embolism in 244 patients, 0.4 % (Luetmer 2011). Shown as "fewer than 1 in
 * 100", 0.4 % within 0-0.9 %. Not scaled with the case: no study links the factors to symptoms.
 */
export const SYMPTOMATIC_LEAK: Figure = {
  value: 0.004,
  ci: [0, 0.009],
  source: 'derived',
  counts: { per: 'procedure', imaging: 'clinical' },
  derived: {
    from: ['rose2024', 'hsieh2019', 'luetmer2011'],
    how: 'the range of primary series: 0 in 1,025 procedures to 0.9 %',
  },
}
/**
 * With cancer in the bone: acute complications with symptoms, of any cause, "up to 10 %" (Liao 2018, a review's
 * background; about 1 % in osteoporosis). An upper bound for all complications, not a rate of symptomatic leaks.
 */
export const SYMPTOMATIC_TUMOR: Figure = {
  value: 0.1,
  ci: [0.01, 0.1],
  source: 'liao2018',
  counts: { per: 'procedure', imaging: 'clinical' },
}

/**
 * Cement in the lungs on chest CT after vertebroplasty: 23 of 244 patients, 9.4 % (6-13 %), treated at 465 levels
 * (Luetmer 2011). Per level (derived, levels independent): about 5.0 %. It moves with the case's venous leaks;
 * kyphoplasty takes the head-to-head RR (derived; J Orthop Surg Res 2021 found embolism more often after VP).
 */
export const PCE_VP_PER_PATIENT: Figure = {
  value: 0.094,
  ci: [0.06, 0.13],
  source: 'luetmer2011',
  counts: { per: 'patient', imaging: 'ct' },
}
export const PCE_VP = perLevelOf(
  PCE_VP_PER_PATIENT,
  LEVELS_PER_PATIENT.luetmer2011,
  '9.4 % of patients at 1.9 levels each, as independent levels: 5.0 % per level',
)
export const PCE_SYMPTOMATIC_SHARE = 1 / 23

// A breached back wall in osteoporosis: no series reports canal leaks by wall status. With a disrupted posterior
// wall, bipedicular kyphoplasty leaked in 9 % of 157 levels, none harming a nerve (Perez 2021). In metastases
// canal leaks are 15.9 % of vertebrae (WJSO 2022, wall defects an independent risk). So the breach adds the
// cortical odds ratio once, and the canal keeps its share: uncertain, and said so.
