// Every word the app shows, in English. Written for a patient first (short sentences, plain words), with
// the numbers' sources named. Components hold no strings of their own.
import type { Pathway } from '../core/risk/model'

export const UI = {
  title: 'Spine procedure explorer',
  subtitle: 'Compression fracture treatment, step by step',
  vp: 'Vertebroplasty',
  kp: 'Kyphoplasty',
  procedureLabel: 'Procedure',
  compare: 'Compare',
  bothProcedures: 'Vertebroplasty and kyphoplasty',
  comparePanes: 'Vertebroplasty and kyphoplasty side by side, on one timeline',
  compareWaiting: 'Waiting: it has no balloon step',
  compareFigures: (cementMl: number, targetMl: number, frontMm: number) =>
    `Cement ${cementMl.toFixed(1)} of ${targetMl.toFixed(1)} mL · front height ${frontMm.toFixed(1)} mm`,
  compareBalloon: (ml: number) => `Balloon ${ml.toFixed(1)} mL`,
  play: 'Play',
  pause: 'Pause',
  replay: 'Play again',
  prev: 'Previous step',
  next: 'Next step',
  speed: 'Speed',
  speedName: (x: number) => `${x} times speed`,
  back: (s: number) => `Back ${s} seconds`,
  forward: (s: number) => `Forward ${s} seconds`,
  loop: 'Repeat step',
  loopHint: 'Play this step over and over',
  overlay: 'Leak risk',
  modeLabel: 'Who is watching',
  modes: { patient: 'Patient', surgeon: 'Surgeon', student: 'Student' },
  guided: 'Guided view',
  labels: 'Labels',
  /** the label on the treated vertebra's body: "L1 vertebral body (treated)" */
  treatedBody: (level: string) => `${level} vertebral body (treated)`,
  /** the timeline slider's spoken value */
  timeText: (chapter: string, now: string, total: string) => `${chapter}, ${now} of ${total}`,
  language: 'Language',
  section: 'Cut-away view',
  sectionKind: 'Cut direction',
  sectionKinds: { sagittal: 'From the side', axial: 'From above' },
  sectionAt: 'Where the cut passes',
  sectionFromMiddle: 'from the middle',
  guidedHint: 'The camera follows the story again',
  timeline: 'Procedure timeline',
  markPause: 'The injection pauses here: a leak was seen',
  markStop: 'The injection stops here',
  chapters: 'Steps',
  loading: 'Building the 3D spine…',
  dismiss: 'Dismiss',
  noWebGL:
    'This device cannot show the 3D view (WebGL is not available). The steps and their descriptions below still work.',
  sceneFailed: 'Something went wrong in the 3D view. The steps and their descriptions below still work.',
  panelFailed: 'Something went wrong in this part of the screen. The rest still works.',
  contextLost: 'The 3D view paused because the graphics system was reset. It will come back by itself.',
  workerError: 'Part of the 3D model could not be built. The steps and descriptions still work.',
  procedureTime: (a: number, b: number, total: number) => `About minutes ${a}–${b} of a ${total}-minute procedure`,
  balloonReadout: (ml: number, maxMl: number, psi: number, sizeMm: number, count: number) =>
    `${count > 1 ? 'Each balloon' : 'Balloon'} (${sizeMm} mm): ${ml.toFixed(1)} of ${maxMl.toFixed(1)} mL, ${Math.round(psi)} psi`,
  cementReadout: (ml: number, targetMl: number, fillPct: number, kPa: number, minutes: number) =>
    `Cement in: ${ml.toFixed(1)} of ${targetMl.toFixed(1)} mL (${Math.round(fillPct)} % of the body) after ${minutes.toFixed(1)} min; pushing it through the needle takes about ${(kPa / 1000).toFixed(2)} MPa (${Math.round(kPa * 0.145)} psi)`,
  balloonReadoutPlain: (ml: number, maxMl: number) => `The balloon is ${Math.round((100 * ml) / maxMl)}% full`,
  cementReadoutPlain: (ml: number, targetMl: number) =>
    `Cement in: ${ml.toFixed(1)} of ${targetMl.toFixed(1)} mL (about a teaspoon is 5 mL)`,
  /** the stop rules as the readout tells them: pausing now, or stopped for good (where: a pathway's name, lower case) */
  pausing: (ml: number, where: string) =>
    `Paused at ${ml.toFixed(1)} mL: cement seen ${where}. Waiting about a minute for it to thicken`,
  stoppedWall: (ml: number, targetMl: number) =>
    `Stopped at ${ml.toFixed(1)} of ${targetMl.toFixed(1)} mL: the cement reached the back quarter of the body`,
  stoppedLeak: (ml: number, targetMl: number, where: string) =>
    `Stopped at ${ml.toFixed(1)} of ${targetMl.toFixed(1)} mL: cement seen ${where}`,
  /** cement outside the bone, drawn pink in the scene: e.g. "veins 0.12 mL, canal 0.06 mL" */
  leakReadout: (parts: string[]) => `Outside the bone (pink): ${parts.join(', ')}`,
  balloonReadoutSource: 'Balloon pressure: about 175 psi in cadaver studies, rising as the bone is lifted.',
  cementReadoutSource: (gauge: number) =>
    `Pressure estimate: flow through ${gauge === 11 ? 'an' : 'a'} ${gauge}-gauge needle; it rises as the cement thickens.`,
}

export { CHAPTERS, type ChapterWords } from './enChapters'

export const PATHWAY_TEXT: Record<Pathway, { short: string; name: string; explain: string }> = {
  disc: {
    short: 'Disc',
    name: 'Into the disc',
    explain:
      'Through a crack in the bone’s top or bottom plate into the disc next to it. Common, and it rarely causes symptoms.',
  },
  paravertebral: {
    short: 'Side',
    name: 'Beside the bone',
    explain: 'Through the outer wall into the soft tissue beside the spine. Usually causes no symptoms.',
  },
  canal: {
    short: 'Canal',
    name: 'Into the spinal canal',
    explain:
      'Backwards into the canal that holds the spinal cord and nerves. Rare. It is the most serious, because it can press on them. The doctor watches for it and stops at once.',
  },
  venous: {
    short: 'Veins',
    name: 'Into the veins',
    explain:
      'Into the veins that drain the bone. A little cement can travel to the lungs; this seldom causes symptoms.',
  },
  needle: {
    short: 'Needle',
    name: 'Along the needle track',
    explain: 'Back along the needle’s path. This is usually harmless.',
  },
}

/** Names of structures, for tap/hover tags and the labels layer: a name and one plain sentence. */
export const STRUCTURES = {
  body: {
    name: 'Vertebral body',
    explain: 'The round front block that carries your weight. It is the part that breaks in a compression fracture.',
  },
  pedicle: {
    name: 'Pedicle',
    explain: 'A short bridge of bone from the body to the back. The needle passes through it.',
  },
  lamina: { name: 'Lamina', explain: 'A flat plate of bone that roofs the canal around the nerves.' },
  transverse: { name: 'Transverse process', explain: 'A wing of bone to each side, where muscles attach.' },
  spinous: { name: 'Spinous process', explain: 'The bump you can feel down the middle of your back.' },
  'facet.superior': { name: 'Facet joint (upper)', explain: 'A small joint linking this vertebra with the one above.' },
  'facet.inferior': { name: 'Facet joint (lower)', explain: 'A small joint linking this vertebra with the one below.' },
  rib: { name: 'Rib', explain: 'Each chest-level vertebra carries a pair of ribs; this is the back of one.' },
  disc: { name: 'Disc', explain: 'A soft pad that sits between two of the bones of the spine.' },
  sac: { name: 'Dural sac', explain: 'The sleeve of tissue holding the spinal nerves, inside the spinal canal.' },
  basivertebral: {
    name: 'Basivertebral vein',
    explain: 'A vein that drains the inside of the body through its back wall.',
  },
  epidural: { name: 'Epidural veins', explain: 'A web of veins in front of the nerves, inside the canal.' },
  segmental: {
    name: 'Segmental vessels',
    explain: 'An artery (red) and a vein (blue) that wrap around each vertebra.',
  },
  needle: { name: 'Trocar', explain: 'The hollow needle the doctor works through.' },
  balloon: {
    name: 'Balloon',
    explain: 'Filled with liquid, it pushes the bone apart and makes a space for the cement.',
  },
} satisfies Record<string, { name: string; explain: string }>
export type StructureKey = keyof typeof STRUCTURES

export { RISK, freq, freqShort } from './enRisk'

/** The surgeon's case panel: names of the settings and of their options. */
export const CASE = {
  title: 'Case',
  done: 'Done',
  less: 'Less cement',
  more: 'More cement',
  summary: (c: { level: string; morph: string; grade: number; vol: number }) =>
    `${c.level}, ${CASE.options.morph[c.morph as 'wedge']}, grade ${c.grade}, ${c.vol.toFixed(1)} mL`,
  names: {
    level: 'Level',
    morph: 'Shape',
    grade: 'Grade',
    cause: 'Cause',
    wall: 'Back wall',
    endplate: 'Endplate',
    cleft: 'Cleft',
    approach: 'Needles',
    visc: 'Cement',
    vol: 'Volume',
    proc: 'Procedure',
    mix: 'Mixing',
    rate: 'Rate',
  },
  options: {
    morph: { wedge: 'wedge', biconcave: 'biconcave', crush: 'crush' },
    grade: { 1: '1 mild', 2: '2 moderate', 3: '3 severe' },
    cause: { osteoporosis: 'osteoporosis', tumor: 'tumour' },
    wall: { intact: 'intact', breached: 'breached' },
    endplate: { intact: 'intact', cracked: 'cracked' },
    cleft: { false: 'no', true: 'yes' },
    approach: { uni: 'one side', bi: 'both sides' },
    visc: { low: 'runny', medium: 'medium', high: 'thick' },
    proc: { vp: 'vertebroplasty', kp: 'kyphoplasty' },
  },
}

export const NOTICE_KEYS: Record<string, string> = {
  proc: 'procedure',
  level: 'level',
  morph: 'fracture shape',
  grade: 'grade',
  approach: 'approach',
  visc: 'cement thickness',
  vol: 'cement volume',
  mix: 'mixing time',
  rate: 'injection rate',
  wall: 'back wall',
  endplate: 'endplate',
  cleft: 'cleft',
  cause: 'cause',
  mode: 'mode',
  lang: 'language',
  view: 'view',
  overlay: 'overlay',
  kiosk: 'kiosk',
  t: 'time',
  v: 'link version',
  query: 'link',
}

export function noticeText(n: { key: string; kind: string; value: string; used: string }): string {
  const what = NOTICE_KEYS[n.key] ?? n.key
  if (n.kind === 'clamped') return `The ${what} “${n.value}” is outside the range we can show, so we use ${n.used}.`
  if (n.kind === 'unavailable') return `The ${what} “${n.value}” is not available yet, so we show ${n.used}.`
  if (n.kind === 'ignored') return `The link has “${n.value}”, which we do not use, so we left it out.`
  if (n.kind === 'repeated') return `The link gives the ${what} ${n.value} times, so we use the first: “${n.used}”.`
  return `We could not read the ${what} “${n.value}” in the link, so we show ${n.used}.`
}

/** The patient's guided tour: a start card, a card at the end of every step, and a closing card. */
export const TOUR = {
  startTitle: (proc: string) => `A short tour of ${proc.toLowerCase()}`,
  startText:
    'It shows, step by step, what happens to the broken bone. The tour stops after each step. Tap Continue when you are ready. You can go back at any time.',
  start: 'Start the tour',
  stepDone: (i: number, n: number) => `Step ${i} of ${n} done`,
  next: (title: string) => `Next: ${title}.`,
  continue: 'Continue',
  again: 'Watch again',
  restart: 'Start again',
  xray: {
    say: 'The doctor guides the needle with X-ray pictures, taken from the side and from the front. You can see what they look like next to the model.',
    show: 'Show the X-ray pictures',
    hide: 'Hide the X-ray pictures',
  },
  prepareTitle: 'Before the day',
  prepare: [
    'Tell your care team every medicine you take, including aspirin and blood thinners. Some are stopped for a few days first; they will tell you which.',
    'Do not eat or drink for a few hours before. Your usual pills can be taken with a sip of water if the team says so.',
    'Tell them about any allergy, for example to the dye used for X-rays, or to numbing medicine.',
    'Ask someone to take you home and help you for the first day. Leave jewellery at home.',
  ],
  /** the whole story, a card at a time: who it is for (after the fracture step) */
  forYouTitle: 'Is it right for you?',
  forYou: [
    'It is for a spine fracture that still hurts a lot after a few weeks of rest, a back brace and pain medicine.',
    'It works best within about 8 weeks of the break. A scan (MRI) shows if the break is still fresh.',
    'Most of these fractures heal on their own in about three months. Waiting, with pain medicine and a brace, is a choice too.',
    'It is not done if you have an infection, or a bleeding problem that cannot be put right first.',
  ],
  /** after the needle step */
  feelTitle: 'What you may feel',
  feel: [
    'The numbing medicine stings for a moment.',
    'When the needle goes into the bone you may feel pressure or tapping.',
    'Tell the team at once if you feel pain, tingling or numbness in your legs, or find it hard to breathe.',
  ],
  /** after the cement step */
  risksTitle: 'Rare risks',
  risks: [
    'Some cement often ends up outside the bone. It almost never causes problems. The Leak risk button shows the numbers.',
    'Infection is rare: fewer than 1 in 100 people.',
    'There may be a bruise where the needle went in. Serious bleeding is rare.',
    'Harm to a nerve or the spinal cord is very rare.',
  ],
  /**
   * after the final pictures. New fractures in about a year: 11 % after either procedure (Papanastassiou 2012),
   * 16 % at 11 months after VP in VERTOS II (15 of 91, against 21 of 85 with usual care, not significant), 18 %
   * anywhere in the spine within a year (Al-Ali; 12 % next to the treated level)
   */
  nextTitle: 'What happens next',
  afterwards: [
    'People who have had one spine fracture often get another. About 11 to 18 in 100 get a new one within about a year; studies differ. The procedure does not seem to make this more likely.',
    'Your doctor will talk with you about medicine to make your bones stronger.',
    'You will have a check-up visit, often within a few weeks.',
  ],
  endTitle: 'At home afterwards',
  recover: [
    'You lie flat on your back for an hour or two while a nurse checks on you. Most people go home the same day; some stay one night.',
    'The needle spot can be sore for two or three days. Ice for 15 minutes at a time helps.',
    'Keep the bandage on for two days. You can shower if you keep it dry. No bath or swimming.',
    'Walk and move as you feel able, and build up slowly. No heavy lifting for at least six weeks.',
    'Call your care team if you get a fever, new weakness or numbness in your legs, new back pain in another place, or pain that gets worse.',
    'Call an ambulance (911, 999 or 112) at once if you have chest pain or trouble breathing, or cannot control your bladder or bowels.',
  ],
  helpTitle: 'How much it helps',
  help: [
    'In many studies most people had less pain afterwards. But pain from these fractures also gets better with time.',
    'In careful trials that compared it with a pretend procedure, people got better about as much either way.',
    'Trials against usual care (rest, a brace and pain medicine) found more relief with the procedure. Talk it over with your doctor.',
  ],
}

/** The student's "predict, then watch" checkpoints. */
export const CHECK = {
  label: 'Predict, then watch',
  skip: 'Skip',
  continue: 'Continue',
  again: 'Try again',
  right: 'Right.',
  wrong: 'Not this time.',
  yourGuess: (option: string) => `You predicted: ${option}.`,
  waiting: 'The cement model is still being built; the answer comes when it is ready.',
  questions: {
    shape: 'Which part of the vertebral body will lose the most height?',
    height: 'How much of the lost front height will the balloon win back?',
    leak: 'Where will cement leave the bone first in this case?',
  },
  options: {
    front: 'the front',
    middle: 'the middle',
    back: 'the back',
    even: 'all about the same',
    none: 'none of it',
    third: 'about a third',
    all: 'all of it',
    disc: 'into the disc',
    paravertebral: 'beside the bone',
    canal: 'into the spinal canal',
    venous: 'into the veins',
    needle: 'along the needle track',
    nowhere: 'nowhere: it stays inside',
  },
  shapeResult: (front: string, middle: string, back: string) =>
    `Height lost: front ${front}, middle ${middle}, back ${back}.`,
  shapeWhy: {
    front:
      'In a wedge fracture the front gives way: it takes most of the load when you bend forward, and the back wall stays standing.',
    middle:
      'In a biconcave fracture both endplates sink in the middle, where the bone under them is weakest; the rim holds.',
    back: 'Here the back of the body went down most, which is unusual.',
    even: 'In a crush fracture the whole body goes down about evenly.',
  },
  heightResult: (share: string) => `The balloon won back ${share} of the lost front height.`,
  heightWhy:
    'On average kyphoplasty regains about a third of the lost height: in 70% of levels about half, in 30% none (Lieberman 2001).',
  leakResult: (where: string, at: string) => `In this case the cement first left the bone ${where}, at ${at}.`,
  leakNone:
    'In this case the cement stayed inside the bone. Try runny cement, more cement or a breached back wall in the what-if panel, and watch again.',
  leakWhy: {
    low: 'Runny cement takes the easiest way out, such as veins and cracks, before it fills the bone around the needle.',
    medium: 'Medium cement spreads from the needle tip but still finds the easiest ways out, such as veins and cracks.',
    high: 'Thick cement spreads evenly from the needle tip and fills the bone before it finds a way out.',
  },
}

/** The surgeon's share link (with a QR code) and the one-page summary. */
export const SHARE = {
  button: 'Share',
  title: 'Share this view',
  for: 'Open it as',
  note: 'The link holds the case settings and the moment in the story. Nothing about the patient is in it, and nothing is sent anywhere.',
  qr: 'QR code of the link: point a phone or tablet camera at it to open the same view.',
  link: 'Link',
  copy: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Select the link and copy it',
  summary: 'One-page summary',
  close: 'Close',
}

export const SUMMARY = {
  title: 'Case summary',
  subtitle: (proc: string) => `${proc} for a vertebral compression fracture`,
  caseTitle: 'The case',
  numbersTitle: 'Key numbers for this case',
  pictureAlt: (t: string) => `The 3D view at ${t}`,
  figure: 'Figure',
  anyLeak: 'Some cement outside the bone (per treated bone, X-ray)',
  symptomatic: 'A leak that causes symptoms (per procedure)',
  height: 'Lost front height regained (average)',
  minutes: 'Length of the procedure (average)',
  minutesValue: (m: number) => `${m} min`,
  heightSource:
    'Kyphoplasty: Lieberman 2001, an early series. Vertebroplasty: none (ISRN 2011), or with a cleft about a third of that, derived from the tilt corrected (Papanastassiou 2012). Comparisons planned in advance found no clear difference in height (Beall 2018)',
  minutesSource:
    'Wang 2018, in very severe fractures; one level usually takes 30-60 minutes, and the stay in hospital a few hours',
  headToHead:
    'Kyphoplasty against vertebroplasty: from studies that compared the two directly (J Orthop Surg Res 2018). The gap is smaller than separately pooled rates suggest.',
  pain: 'Some pain relief in 87% (vertebroplasty) and 92% (kyphoplasty) of people, in mostly uncontrolled studies (Hulme 2006). Trials against a sham procedure found people improved about as much either way (Cochrane 2018); open trials against usual care favoured the procedure (VERTOS II, FREE).',
  disclaimer:
    'These numbers come from studies of many people. They cannot say what will happen to you. This page holds no patient details.',
  scan: 'Scan to open this view',
  print: 'Print',
  png: 'Save the picture (PNG)',
  close: 'Close',
}

/** The surgeon's pen. */
export const PEN = {
  toggle: 'Pen',
  hint: 'Drag on the spine to draw. The drawing stays on the bone when the view turns.',
  undo: 'Undo',
  clear: 'Clear drawing',
  done: 'Done drawing',
  tools: 'Pen tools',
}

/** The simulated X-ray (fluoroscopy) images: what the operator watches during the procedure. */
export const FLUORO = {
  toggle: 'X-ray',
  title: 'X-ray views',
  canvas: 'Simulated X-ray images at this moment of the procedure: a side view and a front view of the spine',
  sizeLabel: 'Size of the X-ray views',
  sizes: { inset: 'Small', split: 'Half', fluoro: 'Full' },
  /** the views as a patient reads them, and as a clinician names them */
  names: { lateral: 'Side view', ap: 'Front view' },
  codes: { lateral: 'LAT', ap: 'AP' },
  /** orientation letters: anterior and posterior on the side view, the patient's left and right on the front view */
  markers: { anterior: 'A', posterior: 'P', left: 'L', right: 'R' },
  simulated: 'Simulated from the 3D model: not a picture of a patient.',
  patientHint:
    'The doctor watches X-ray pictures like these while working. Bone looks grey. The needle and the cement look dark.',
  clinicianHint: 'Dense is dark, as on a C-arm monitor: trocar and cement black, cortex darker than cancellous bone.',
  /** the monitor's invert button: dense bright, as on a film */
  invert: 'Invert',
  invertedHint: 'Inverted, as a film is read: dense is bright, trocar and cement white.',
  rule: {
    sides: { left: 'Left needle', right: 'Right needle' },
    title: 'Safety rule',
    text: 'On AP the tip must not cross the medial pedicle wall before, on lateral, it reaches the posterior body wall.',
    medialWall: 'medial wall',
    posteriorWall: 'posterior wall',
    outside: 'Tip not in bone yet.',
    pedicle: (lateralMm: string, behindMm: string) =>
      `Tip in the pedicle: ${lateralMm} mm lateral of the medial wall (AP), ${behindMm} mm behind the posterior wall (lateral).`,
    body: (pastMm: string) =>
      `Tip ${pastMm} mm past the posterior wall (lateral): in the body, it may now cross the medial line on AP.`,
    breach: (medialMm: string) =>
      `Tip ${medialMm} mm medial of the medial wall before reaching the body: it may be in the spinal canal.`,
    source: '(as taught in technique reviews of vertebroplasty and kyphoplasty; alpfmedical.info; openradiology.org)',
  },
  /** the stop line on the side view while cement goes in, and the badge once the injection pauses or stops */
  stop: {
    line: 'stop line',
    pause: 'Paused: a leak is seen',
    'posterior-wall': 'Stopped: cement at the stop line',
    leak: 'Stopped: cement outside the bone',
    plain: {
      pause: 'The doctor is waiting a minute: a little cement went out of the bone',
      'posterior-wall': 'The doctor stopped: the cement came near the back of the bone',
      leak: 'The doctor stopped: a little cement went out of the bone',
    },
  },
  leaks:
    'Plain X-ray misses many leaks, above all into veins: lateral views showed 34 % of the leaks CT found, lateral and AP together 48 % (Schmidt R et al., Eur Spine J 2005;14:466).',
}
