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
  model: {
    id: 'model', short: 'our assumption',
    full: 'No published rate found; a modelling assumption of this app, to be replaced when a source is found',
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof SOURCES
