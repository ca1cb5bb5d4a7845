// Every source the risk model and its words rely on, with a full citation. The UI cites these by id; a figure
// that no single study reported cites 'derived' and lists its inputs (evidence.ts).
export interface Source {
  id: string
  short: string
  full: string
}

export const SOURCES = {
  hulme2006: {
    id: 'hulme2006',
    short: 'Hulme 2006',
    full: 'Hulme PA, Krebs J, Ferguson SJ, Berlemann U. Vertebroplasty and kyphoplasty: a systematic review of 69 clinical studies. Spine 2006;31(17):1983-2001. Leaks in 41 % (VP) and 9 % (KP) of treated vertebrae, mostly on plain films and fluoroscopy; some pain relief in 87 % and 92 % in mostly uncontrolled series',
  },
  josr2018: {
    id: 'josr2018',
    short: 'J Orthop Surg Res 2018',
    full: 'Balloon kyphoplasty versus percutaneous vertebroplasty for osteoporotic vertebral compression fracture: a meta-analysis and systematic review. J Orthop Surg Res 2018 (16 comparative studies, to January 2018). Cement leakage, kyphoplasty against vertebroplasty: RR 0.62 (0.47-0.80)',
  },
  rose2024: {
    id: 'rose2024',
    short: 'Rose 2024',
    full: 'Rose et al. Clinical significance of cement leakage in kyphoplasty and vertebroplasty: a systematic review. Eur Spine J 2024 (PMID 37999769). Six direct comparisons (532 VP, 493 KP): leaks 39.3 % against 28.9 %; no leak-related complication in 1,025 procedures',
  },
  han2011: {
    id: 'han2011',
    short: 'Han 2011',
    full: 'Vertebroplasty against kyphoplasty, meta-analysis of 8 comparative studies (848 patients). Int Orthop 2011 (PMC3167445): "similar risk for subsequent fracture and cement leakage"',
  },
  zhan2017: {
    id: 'zhan2017',
    short: 'Zhan 2017',
    full: 'Zhan Y et al. Risk factors for cement leakage after vertebroplasty or kyphoplasty: a meta-analysis of published evidence. World Neurosurg 2017;101:633-642 (22 studies, 2872 patients, 4187 vertebrae; unit and imaging of the pooled rates not stated): leaks 54.7 % VP, 18.4 % KP; cortical disruption OR 5.56 (1.84-16.81), low viscosity OR 3.32 (1.36-8.07), cleft OR 1.40 (1.09-1.78), +0.59 mL (0.02-1.17) in leaking vertebrae; approach and level not significant',
  },
  hvc2018: {
    id: 'hvc2018',
    short: 'Zhang 2018',
    full: 'Zhang ZF et al. Comparison of high- and low-viscosity cement in the treatment of vertebral compression fractures: a meta-analysis. Medicine 2018;97(12):e0184 (PMC5895344). Any leak, high against low viscosity: RR 0.38 (0.29-0.51); disc RR 0.45 (CI printed 0.45-0.80), veins 0.54 (0.35-0.85), canal 0.48 (0.19-1.23, not significant), beside the bone 0.63 (0.32-1.22, not significant)',
  },
  hsieh2019: {
    id: 'hsieh2019',
    short: 'Hsieh 2019',
    full: 'Hsieh MK et al. Risk factors of neurological deficit and pulmonary cement embolism after percutaneous vertebroplasty. J Orthop Surg Res 2019;14:406 (3175 patients, per patient, imaging not stated): disc 26 %, paraspinal 25 %, basivertebral 11.4 %, segmental 4.9 %, canal 0.7 % (26 patients, though 26 / 3175 is 0.82 %: the denominator is uncertain); 4 needed surgical decompression',
  },
  mayo2012: {
    id: 'mayo2012',
    short: 'Martin 2012',
    full: 'Martin DJ, Rad AE, Kallmes DF. Prevalence of extravertebral cement leakage after vertebroplasty: procedural documentation versus CT detection. Acta Radiol 2012;53(5):569-572 (181 patients, 277 levels, per patient): a leak at one or more levels on CT in 82 % (76-87 %); endplate 45 %, paravertebral 35 %, epidural (veins included) 20 %, prevertebral venous 18 %',
  },
  wang2014: {
    id: 'wang2014',
    short: 'Wang 2014',
    full: 'Wang C et al. Chin J Orthop 2014;34(4) (doi 10.3760/cma.j.issn.0253-2352.2014.04.005). Kyphoplasty, 224 patients, 270 vertebrae: type B (basivertebral foramen) 15.5 %, type D (disc) 7.8 %; with a cleft type B 23.6 % against 12.6 % without',
  },
  chen2020: {
    id: 'chen2020',
    short: 'Chen 2020',
    full: 'Chen J et al. Cement leakage in percutaneous kyphoplasty, 370 vertebrae (Kunshan; html.rhhz.net GUSS): along the needle channel in 20 vertebrae (5.4 %)',
  },
  pmc8449924: {
    id: 'pmc8449924',
    short: 'BMC Musculoskelet Disord 2021',
    full: 'Intravertebral cleft and cement leakage in vertebroplasty, 139 matched pairs. BMC Musculoskelet Disord 2021 (PMC8449924): venous-type leaks in 37.4 % of patients with a cleft against 67.6 % without, cortical-type 40.3 % against 16.5 %; any leak 67.6 % against 76.3 % (not significant)',
  },
  wjso2022: {
    id: 'wjso2022',
    short: 'WJSO 2022',
    full: 'Cement leakage in percutaneous vertebroplasty for spinal metastases: a retrospective study of risk factors and clinical outcomes. World J Surg Oncol 2022 (s12957-022-02583-5; 64 patients, 113 vertebrae): any leak 56.6 %, canal 15.9 %, vessels 9.7 %, disc and paravertebral 31.0 %; posterior wall defects independently related to canal leaks',
  },
  perez2021: {
    id: 'perez2021',
    short: 'Perez 2021',
    full: 'Perez JL et al. Int J Spine Surg 2021;15(2):353. Osteoporotic kyphoplasty with a disrupted posterior wall, bipedicular, 157 levels: 9 % asymptomatic leaks of any kind, no neurological deficit',
  },
  liao2018: {
    id: 'liao2018',
    short: 'Liao 2018',
    full: 'Liao JC, Lai PL, Chen LH, Niu CC. BMC Infect Dis 2018;18:555 (background sentence, citing others): acute symptomatic complications of vertebroplasty, any cause, usually 1 % in osteoporosis and up to 10 % with metastases',
  },
  luetmer2011: {
    id: 'luetmer2011',
    short: 'Luetmer 2011',
    full: 'Luetmer MT, Bartholmai BJ, Rad AE, Kallmes DF. Asymptomatic and unrecognized cement pulmonary embolism commonly occurs with vertebroplasty. AJNR 2011;32:654-657: cement in the lungs on chest CT in 23 of 244 patients (9.4 %, 6-13 %) treated at 465 levels; 1 with symptoms',
  },
  josr2021: {
    id: 'josr2021',
    short: 'J Orthop Surg Res 2021',
    full: 'Pulmonary cement embolism after vertebral augmentation, 2344 patients on postoperative CT. J Orthop Surg Res 2021 (s13018-021-02472-9): 1.9 % (34/1782); higher after vertebroplasty than kyphoplasty, at thoracic levels, within 2 weeks of the fracture; 3 or more levels OR 2.41',
  },
  ma2022: {
    id: 'ma2022',
    short: 'Ma 2022',
    full: 'Ma X et al. Unilateral versus bilateral vertebral augmentation, meta-analysis of 16 trials. Turk Neurosurg 2022;32(6): leaks RR 0.80 (0.57-1.11) overall, not significant; kyphoplasty subgroup RR 0.65 (0.44-0.97). Not applied: a subgroup of a null result, and other meta-analyses found no difference',
  },
  yeom2003: {
    id: 'yeom2003',
    short: 'Yeom 2003',
    full: 'Yeom JS et al. Leakage of cement in percutaneous transpedicular vertebroplasty. J Bone Joint Surg Br 2003;85:83-89: CT finds 1.5x the leaks of radiographs; basivertebral and segmental venous leaks missed or underestimated on the lateral radiograph in 93 % and 86 %',
  },
  habib2010: {
    id: 'habib2010',
    short: 'Habib 2010',
    full: 'Habib M, Serhan H, Marchek C, Baroud G. Cement leakage and filling pattern study of low viscous vertebroplastic versus high viscous confidence cement. SAS J 2010;4(1):26-33 (bench model with leak paths): leaked mass, low viscosity 4.0 g at 3.5 min after mixing and 2.6 g at 9.5 min; high viscosity 1.5 g at 3.5 min and 0.92 g at 6.5 min',
  },
  derived: {
    id: 'derived',
    short: 'derived',
    full: 'Derived here from published figures, not reported by any one study: each such figure names its inputs and how it was derived',
  },
  model: {
    id: 'model',
    short: 'estimate',
    full: 'No published rate found; an estimate of this app, to be replaced when a source is found',
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof SOURCES
