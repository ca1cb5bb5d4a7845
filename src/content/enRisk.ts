// The leak-risk words in English: natural frequencies for patients, the tables' words for surgeons and
// students. Part of en.ts (re-exported there), kept apart because it is the largest group of words.
import type { FactorKey, Frequency } from '../core/risk/present'

/** "about 41 in 100", "fewer than 1 in 100": a natural frequency in words. */
export const freq = (f: Frequency) => (f.few ? `fewer than 1 in ${f.of}` : `about ${f.k} in ${f.of}`)
/** The same, short, for a tag on the 3D view: "41 in 100", "<1 in 100". */
export const freqShort = (f: Frequency) => `${f.few ? '<' : ''}${f.k} in ${f.of}`

export const RISK = {
  title: 'Where cement can leak',
  disclaimer:
    'These figures describe groups of people in published studies, not one person. The 3D cement shows how leaks happen, not how likely they are.',
  anyLeak: 'Some cement outside the bone',
  symptomatic: 'A leak that causes symptoms',
  complications: 'With cancer in the bone: problems soon after, of any cause',
  upTo: (pct: string) => `up to ${pct}`,
  embolism: 'Cement reaching the lungs (chest CT)',
  embolismSymptomatic: 'of these with symptoms',
  reached: 'Reached by the cement in this animation',
  scale: 'Risk colour, per treated vertebra',
  sources: 'Sources',
  range: 'bounds',
  derived: 'derived',
  derivedFrom: (names: string) => `derived from ${names}`,
  counts: {
    vertebra: 'per treated vertebra',
    patient: 'per patient',
    procedure: 'per procedure',
    xray: 'on X-ray',
    ct: 'on CT',
    mixed: 'imaging mixed',
    clinical: 'symptoms',
  },
  detection: 'Leaks as seen on',
  detections: { xray: 'X-ray', ct: 'CT' },
  ctNote:
    'CT finds many small leaks that a plain X-ray misses; most of these never matter. On CT, "spinal canal" counts any cement in the epidural space, most of it in the veins there: it seldom presses on the spinal cord.',
  breachNote:
    'Back wall breached: no study of thin bones reports canal leaks by the state of the wall, so the canal figure is uncertain. With a broken back wall, kyphoplasty leaked in 9 % of 157 levels and harmed no nerve (Perez 2021); in cancer, canal leaks are 16 % of vertebrae (WJSO 2022).',
  views: { case: 'This case', compare: 'Both procedures', factors: 'Factors' },
  viewsLabel: 'Risk views',
  pathwayHint: 'Tap a place to see it on the vertebra.',
  // patients: natural frequencies out of 100, plain words
  patient: {
    title: 'Cement outside the bone',
    lead: (proc: string, f: Frequency) =>
      `After ${proc.toLowerCase()}, ${freq(f)} treated bones show a little cement outside the bone on the X-ray pictures.`,
    symptoms: (f: Frequency) => `It almost never causes problems: ${freq(f)} people get symptoms from it.`,
    tumor: (f: Frequency) =>
      `With cancer in the bone, problems of any kind soon after are more common: up to ${f.k} in 100. Your doctor will talk with you about this.`,
    doctor:
      'These numbers come from studies of many people. They cannot say what will happen to you. Your doctor knows your case.',
    animation: 'The moving picture shows how cement can spread. It does not show how likely that is.',
    where: 'Where it can go',
    arrayLabel: (leak: number, symptomatic: number, none: number) =>
      `Out of 100 treated bones: ${leak} with some cement outside the bone, ${symptomatic} of them with symptoms, and ${none} with none outside.`,
    key: { symptomatic: 'Outside, with symptoms', silent: 'Outside, no symptoms', none: 'None outside' },
    estimate: 'estimate',
  },
  // surgeons: both procedures, bounds, sources
  compare: {
    caption: (detection: string) =>
      `Per treated vertebra, on ${detection}, with this case's factors applied to both procedures`,
    figure: 'Figure',
    source: 'Source',
    anyLeak: 'Any leak',
    headToHead:
      "Kyphoplasty is vertebroplasty's figure times the risk ratio from studies that compared the two directly (RR 0.62, 0.47-0.80; the six direct comparisons of Rose 2024: 39 % against 29 %). Separately pooled rates (55 % against 18 %, Zhan 2017) come from unrelated study groups and are not used.",
    rangeNote:
      'Bounds, not a confidence interval: the baseline at the ends of its spread across sources (39-55 %) and every applied effect at the end of its 95 % CI, all at once.',
    none: 'No factors beyond the baseline.',
    applied: 'Factors applied',
    notApplied: 'Published, not applied',
  },
  // students: how each factor alone moves each pathway
  factors: {
    caption: (proc: string, detection: string) =>
      `${proc}, on ${detection}: each factor alone, against the default case`,
    factor: 'Factor',
    any: 'Any',
    symptoms: 'Symptoms',
    how: 'Each cell is the risk with the factor divided by the risk without it. 1× means the model applies no published effect there.',
    level:
      'Not in the population figures, though they move the animation: the level (no pooled effect on leaks, Zhan 2017; embolism is more common at thoracic levels, J Orthop Surg Res 2021, without a usable size), the mixing time and the injection rate (bench studies only, no clinical effect size). One needle or two: not applied (a kyphoplasty subgroup RR 0.65 in a null meta-analysis, Ma 2022). Symptoms: a fixed figure from primary series, which no study ties to these factors.',
    cleft:
      'Cleft: the pooled OR 1.40 (Zhan 2017) is applied; a matched study found no rise in leaks with a cleft, only a shift from veins to the cortex (PMC8449924).',
    stacked:
      'Several raising factors together: the largest counts in full, each further one at half, because the pooled odds ratios are unadjusted and the factors go together.',
    names: {
      wall: 'Back wall breached',
      endplate: 'Endplate cracked',
      cleft: 'Cleft',
      lowVisc: 'Runny cement',
      highVisc: 'Thick cement',
      moreCement: '+1 mL cement',
      bilateral: 'Two needles',
      tumor: 'Tumour',
      lateStart: 'Injected 3 min later',
    } satisfies Record<FactorKey, string>,
  },
}
