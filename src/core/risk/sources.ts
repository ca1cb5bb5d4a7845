// Every published figure the risk model uses, with where it comes from. The UI cites these by id.
export interface Source { id: string; short: string; full: string }

export const SOURCES = {
  zhan2017: {
    id: 'zhan2017', short: 'Zhan 2017',
    full: 'Zhan Y et al. Risk factors for cement leakage after vertebroplasty or kyphoplasty: a meta-analysis of published evidence. World Neurosurg 2017;101:633-642 (22 studies, 4187 vertebrae)',
  },
  hsieh2019: {
    id: 'hsieh2019', short: 'Hsieh 2019',
    full: 'Hsieh MK et al. Risk factors of neurological deficit and pulmonary cement embolism after percutaneous vertebroplasty. J Orthop Surg Res 2019;14 (3175 patients)',
  },
  hvc2018: {
    id: 'hvc2018', short: 'HVC meta-analysis 2018',
    full: 'High- vs low-viscosity cement in vertebral augmentation, meta-analysis searched to Aug 2017 (PMC5895344): any leak RR 0.38 (0.29-0.51)',
  },
  liao2018: {
    id: 'liao2018', short: 'Liao 2018',
    full: 'Liao JC et al. BMC Infect Dis 2018;18:555 (background): acute symptomatic complications after vertebroplasty about 1 % in osteoporosis, up to 10 % with metastases',
  },
  wjso2022: {
    id: 'wjso2022', short: 'WJSO 2022',
    full: 'Vertebroplasty for spinal metastases, 113 vertebrae. World J Surg Oncol 2022 (s12957-022-02583-5): any leak 56.6 %, canal 15.9 %; posterior wall destruction an independent risk for canal leaks',
  },
  mayo2012: {
    id: 'mayo2012', short: 'Acta Radiol 2012',
    full: 'Prevalence of extravertebral cement leakage after vertebroplasty: procedural documentation versus CT detection. Acta Radiol 2012;53(5):569-572 (181 patients): any leak on CT 82 %; endplate 45 %, paravertebral 35 %, epidural 20 %, prevertebral venous 18 %',
  },
  kpSeries270: {
    id: 'kpSeries270', short: 'KP series (270)',
    full: 'Kyphoplasty series on the basivertebral foramen and intravertebral cleft, 270 vertebrae (abstract): venous leaks 15.5 % (most common), disc 7.8 % (second)',
  },
  pmc8449924: {
    id: 'pmc8449924', short: 'BMC Musculoskelet Disord 2021',
    full: 'Intravertebral cleft and cement leakage after vertebroplasty, 278 patients. BMC Musculoskelet Disord 2021 (PMC8449924): venous 37.4 % of leaks with a cleft vs 67.6 % without; cortical 40.3 % vs 16.5 %',
  },
  unibi2021: {
    id: 'unibi2021', short: 'Uni- vs bilateral meta-analysis 2021',
    full: 'Unilateral vs bilateral vertebral augmentation, meta-analysis of 16 trials to Dec 2020 (abstract): leaks RR 0.80 (0.57-1.11) overall; kyphoplasty RR 0.65 (0.44-0.97); vertebroplasty RR 0.89 (0.61-1.29, J Orthop Surg Res 2016)',
  },
  luetmer2011: {
    id: 'luetmer2011', short: 'Luetmer 2011',
    full: 'Luetmer MT, Bartholmai BJ, Rad AE, Kallmes DF. Asymptomatic and unrecognized cement pulmonary embolism commonly occurs with vertebroplasty. AJNR 2011;32:654-657: 9.4 % (23/244) on chest CT, 1 symptomatic',
  },
  yeom2003: {
    id: 'yeom2003', short: 'Yeom 2003',
    full: 'Yeom JS et al. Leakage of cement in percutaneous transpedicular vertebroplasty. J Bone Joint Surg Br 2003;85:83-89: CT finds 1.5x the leaks of radiographs; basivertebral and segmental venous leaks missed or underestimated on the lateral radiograph in 93 % and 86 %',
  },
  model: {
    id: 'model', short: 'our assumption',
    full: 'No published rate found; a modelling assumption of this app, to be replaced when a source is found',
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof SOURCES
