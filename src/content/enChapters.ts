// The words of each step, in English, for each reader: a patient (plain, short), a surgeon (technique, end
// points, numbers) and a student (why, with the source). They follow the case through CaptionFacts
// (core/captionFacts.ts). Sources are named in the student's words; figures the model derives say so.
import type { ChapterId } from '../core/plans'
import type { CaptionFacts } from '../core/captionFacts'
import type { Pathway } from '../core/risk/model'

export interface ChapterWords {
  title: string
  patient: (f: CaptionFacts) => string
  surgeon: (f: CaptionFacts) => string
  student: (f: CaptionFacts) => string
}

const ml = (x: number) => x.toFixed(1)
const join = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' ')

/** Where cement went, for a patient. */
const WHERE: Record<Pathway, string> = {
  venous: 'into a vein',
  disc: 'into the disc next to the bone',
  paravertebral: 'into the tissue beside the bone',
  canal: 'towards the spinal canal',
  needle: 'back along the needle’s path',
}
/** The same, for a clinician. */
const SITE: Record<Pathway, string> = {
  venous: 'venous',
  disc: 'intradiscal',
  paravertebral: 'paravertebral',
  canal: 'epidural (canal)',
  needle: 'along the track',
}
const VISC = { low: 'low-viscosity', medium: 'medium-viscosity', high: 'high-viscosity' } as const
const SHAPE = { wedge: 'anterior wedge', biconcave: 'biconcave', crush: 'crush' } as const
const cordOrNerves = (f: CaptionFacts) => (f.cord ? 'the spinal cord and nerves' : 'the nerves')

/** What the stop rules did, in a patient's words ('' when the injection ran as planned). */
function stopPlain(f: CaptionFacts): string {
  const { pause, end } = f.stop
  return join(
    pause &&
      `Here a little cement went ${WHERE[pause.pathway]}. The doctor waited a minute for the cement to thicken, then went on.`,
    end?.reason === 'posterior-wall' &&
      `Here the doctor stopped at ${ml(end.atMl)} mL, because the cement came near the back of the bone.`,
    end?.reason === 'leak' &&
      `Here the doctor stopped at ${ml(end.atMl)} mL, because cement went ${WHERE[end.pathway ?? 'venous']}.`,
  )
}

const cementPlain = (f: CaptionFacts) =>
  f.visc === 'low'
    ? 'Bone cement, still runny, is pressed slowly through the needle.'
    : 'Bone cement, thick like toothpaste, is pressed slowly through the needle.'

const injectionSurgeon = (f: CaptionFacts, what: string) =>
  join(
    `${what}: ${VISC[f.visc]} PMMA from ${f.mix} min after mixing, ${f.rate} mL/min, under continuous lateral fluoroscopy; planned ${ml(f.plannedMl)} mL, ${ml(f.injectedMl)} mL in (${f.fillPct} % of a ${Math.round(f.bodyMl)} mL body, derived).`,
    'Stop at the posterior quarter or at a leak: pause, let it thicken, go on only if it was not epidural (the readout says when).',
  )

const injectionStudent = () =>
  join(
    'The back quarter: the basivertebral vein’s exit and the canal lie just behind it. A pause at a leak lets the cement in its path thicken and seal it; staged injection with waits leaked less (Elnoamany 2015).',
    'Thicker cement leaks less often (0.38 of runny cement’s risk, Zhang 2018). The stop line, the minute’s pause and the leak size counted as seen are the model’s assumptions.',
  )

const BALLOON_END = {
  'volume-limit': 'at the tamp’s volume limit',
  'cavity-size': 'once the cavity holds the planned cement',
  walls: 'with the balloon pressing on the endplates, before it could break one',
  lift: 'just after it began to lift the endplates',
} as const

const leakList = (f: CaptionFacts, names: Record<Pathway, string>) =>
  (f.leaks ?? []).map((l) => names[l.pathway]).join(', ')

export const CHAPTERS: Record<ChapterId, ChapterWords> = {
  healthy: {
    title: 'A healthy spine',
    patient: (f) =>
      `Each vertebra has a round body in front that carries your weight. Behind it, a ring of bone protects ${cordOrNerves(f)}. Soft discs sit between the bodies.`,
    surgeon: (f) =>
      `${f.level}: body about ${Math.round(f.bodyMl)} mL (derived, elliptic cylinder), pedicles ${f.pedicleMm.toFixed(1)} mm wide. Cortical shell about 1 mm over cancellous bone; the basivertebral vein leaves the back wall in the midline.`,
    student: (f) =>
      `The body carries most of the axial load through its cancellous core, the space cement fills. The canal behind holds ${cordOrNerves(f)} (the cord ends near L1). Sizes: published CT and cadaver tables (Panjabi 1991, 1992; others per level).`,
  },
  fracture: {
    title: 'The fracture',
    patient: (f) =>
      join(
        f.cause === 'tumor'
          ? 'Here a tumour has weakened the bone from inside.'
          : 'When bones are thin (osteoporosis), they can break with little force.',
        f.morph === 'wedge'
          ? 'The front of the vertebra crushes into a wedge.'
          : f.morph === 'biconcave'
            ? 'The middle of its top and bottom sinks in.'
            : 'The whole vertebra squashes down.',
        'This is a compression fracture.',
        f.morph === 'wedge' && 'The spine above tips forward a little.',
        f.wall === 'breached' && 'Here the back wall of the bone is broken too.',
        'It can hurt a lot.',
      ),
    surgeon: (f) =>
      join(
        `Genant grade ${f.grade}, ${SHAPE[f.morph]}: about ${f.lossPct} % of the height lost.`,
        f.cause === 'tumor' &&
          'Metastatic: check the posterior wall; biopsy at the same sitting if the cause is unproven.',
        f.wall === 'breached' &&
          'Posterior wall breached: the canal is the hazard; thick cement, slow injection, stop early.',
        f.endplate === 'cracked' && 'Endplate crack: expect disc leaks.',
        f.cleft && 'Intravertebral cleft: a mobile, unhealed fracture; cement fills the cleft first.',
      ),
    student: (f) =>
      join(
        'Genant’s grades by height lost: 1 mild 20-25 %, 2 moderate 25-40 %, 3 severe over 40 % (the model takes the middle of each band).',
        f.morph === 'wedge'
          ? 'A wedge loses the front: it bears the load in flexion.'
          : f.morph === 'biconcave'
            ? 'Biconcave: both endplates sink where the bone under them is weakest.'
            : 'A crush loses height all across.',
        f.cause === 'tumor' &&
          'A lytic tumour destroys bone from inside, so walls are often broken and leaks commoner (risk panel).',
        f.cleft && 'A cleft (Kümmell’s disease) is a sign the fracture has not healed.',
      ),
  },
  preparation: {
    title: 'Getting ready',
    patient: () =>
      'You lie on your front. A nurse puts a small tube (a drip) in your arm and checks your heart and breathing. Your back is cleaned and numbed, down to the bone. Many people also get medicine to relax or sleep.',
    surgeon: () =>
      'Prone on a radiolucent table; IV access, monitoring, antibiotic prophylaxis per local practice. Local anaesthetic down to the periosteum along the planned track, with conscious sedation or general anaesthesia. AP and lateral views aligned: endplates as single lines, spinous process midline.',
    student: () =>
      'The periosteum is the pain-sensitive layer, so the local goes down to it. Infection after augmentation is rare: 0.46 % (6 of 1307, Spine J 2013) to 0.84 % (19 of 2267, BMC Musculoskelet Disord 2021).',
  },
  'needle-placement': {
    title: 'Placing the needle',
    patient: (f) =>
      join(
        'The doctor watches live X-ray pictures.',
        f.route === 'transpedicular'
          ? 'A hollow needle goes through the skin and a small bridge of bone (the pedicle) into the broken bone.'
          : 'A thin hollow needle goes through the skin and into the broken bone, just beside a small bridge of bone (the pedicle) that is too narrow here.',
        f.needles > 1 && 'Then a second one goes in on the other side.',
        'You may feel pressure or tapping. Tell the team if it hurts.',
      ),
    surgeon: (f) =>
      join(
        `${f.needles > 1 ? 'Two' : 'One'} ${f.gauge}-gauge trocar${f.needles > 1 ? 's' : ''} (${f.outerMm} mm), ${f.route === 'transpedicular' ? 'transpedicular' : f.thoracic ? 'extrapedicular, between the rib head and the pedicle' : 'extrapedicular, posterolateral'}: the ${f.level} pedicle is ${f.pedicleMm.toFixed(1)} mm wide.`,
        `Tip in the anterior third, ${f.needles > 1 ? 'each a fifth of the width off the midline' : 'near the midline'}.`,
        f.route === 'transpedicular' &&
          'On AP the medial edge of the trocar stays lateral of the medial pedicle wall until the lateral view shows the tip past the posterior wall.',
      ),
    student: (f) =>
      join(
        'The canal lies just medial of the pedicle: a tip that crosses the medial border on AP before reaching the back wall on the lateral view may be in the canal.',
        `Trocars are 11 to 13 gauge (Provenzano 2004); narrow thoracic pedicles take a smaller one or an extrapedicular route. Here: ${f.gauge} gauge, ${f.route}, by the model’s rule of a millimetre of bone each side (an assumption).`,
      ),
  },
  'cement-injection': {
    title: 'Filling with cement',
    patient: (f) =>
      join(
        cementPlain(f),
        'It fills the tiny spaces inside the bone while the doctor watches on X-ray. The doctor stops if the cement nears the back of the bone or goes where it should not.',
        stopPlain(f),
      ),
    surgeon: (f) => injectionSurgeon(f, 'Injection'),
    student: () => injectionStudent(),
  },
  hardening: {
    title: 'The cement hardens',
    patient: (f) =>
      `Within about 10 to 15 minutes the cement sets hard. The ${f.needles > 1 ? 'needles are' : 'needle is'} taken out. The broken bone is now held firm from the inside.`,
    surgeon: () =>
      'Stylet back in; the cannula is turned and withdrawn once the cement is doughy, before it sets, so no tail is left along the track and the cannula does not stick.',
    student: () =>
      'PMMA sets by an exothermic polymerisation: medium-viscosity vertebroplasty cement hardens about 11 minutes after reaching body temperature (ISRN 2011).',
  },
  'balloon-placement': {
    title: 'Placing the balloon',
    patient: (f) =>
      join(
        'A thin tube replaces the needle. The doctor makes a small channel in the soft bone, then slides an empty balloon into the front of the broken bone.',
        f.needles > 1 && 'The same is done on the other side.',
      ),
    surgeon: (f) =>
      `Trocar exchanged for a working cannula, its tip just past the posterior wall; a hand drill opens a channel into the anterior two thirds; a ${f.balloonMm} mm balloon tamp goes in through the cannula${f.needles > 1 ? ' on each side' : ''}.`,
    student: (f) =>
      `The cannula stops at the back wall so the balloon opens in front of it, away from the canal. Tamps come 10, 15 and 20 mm long, each filling to about 3 mL (KYPHON XPANDER sizes); the model takes the longest that fits this body’s depth: ${f.balloonMm} mm.`,
  },
  'balloon-inflation': {
    title: 'Inflating the balloon',
    patient: () =>
      'The balloon is slowly filled with a liquid that shows on X-ray. It pushes the bone apart and can bring back part of the lost height. The doctor stops filling it when it presses on the bone’s walls.',
    surgeon: (f) =>
      `Contrast inflation under pressure and volume control to ${ml(f.balloonMl)} mL${f.needles > 1 ? ' each' : ''}, stopped ${BALLOON_END[f.balloonEnd]}. End points: height restored, the balloon against an endplate or the cortex, or the tamp’s pressure or volume limit (3 mL). Here about ${f.restorePct} % of the lost height comes back (the model’s average).`,
    student: () =>
      'Height: kyphoplasty restored about a third of the lost front height on average (Lieberman 2001) and corrects the tilt more than vertebroplasty, 4.8° against 1.7° (Papanastassiou 2012). Pressure: about 175 psi in cadaver bodies (model curve, balloon readout).',
  },
  'cavity-creation': {
    title: 'Making a space',
    patient: (f) =>
      join(
        'The balloon is emptied and taken out.',
        f.needles > 1 && 'With two, one comes out at a time, so the bone keeps its new height.',
        'It leaves a space in the soft inner bone, ready for the cement.',
      ),
    surgeon: (f) =>
      f.needles > 1
        ? 'Deflated and withdrawn one at a time, so the one still up holds the height; some operators keep one up while the other side fills.'
        : 'Deflated and withdrawn, leaving a cavity of compacted bone around it.',
    student: () =>
      'The balloon packs the cancellous bone into a shell around the cavity; thick cement then fills the cavity at low pressure, which is why kyphoplasty leaks less often than vertebroplasty (risk panel).',
  },
  'cavity-fill': {
    title: 'Filling the space',
    patient: (f) =>
      join(
        cementPlain(f).replace('the needle', 'the tube'),
        'It fills the space the balloon made first, then a little of the bone around it. The doctor stops if it goes where it should not.',
        stopPlain(f),
      ),
    surgeon: (f) => injectionSurgeon(f, 'Cavity fill'),
    student: () => injectionStudent(),
  },
  'internal-cast': {
    title: 'An inner cast',
    patient: (f) =>
      `The cement hardens into a solid support, like a cast inside the bone. The ${f.needles > 1 ? 'tubes are' : 'tube is'} taken out.`,
    surgeon: () => 'Cannula withdrawn with the cement doughy, as in vertebroplasty.',
    student: () => 'The same PMMA sets in about 11 minutes at body temperature (ISRN 2011).',
  },
  'final-images': {
    title: 'Checking the result',
    patient: (f) =>
      join(
        'Before you leave the room, X-ray pictures from the side and the front (sometimes a CT scan) check where the cement went.',
        f.leaks === null
          ? ''
          : f.leaks.length
            ? `Here a little cement is outside the bone, ${f.leaks.map((l) => WHERE[l.pathway]).join(' and ')}. Small amounts like this usually cause no problems. The doctor will tell you if anything needs a check.`
            : 'Here all the cement stayed inside the bone.',
      ),
    surgeon: (f) =>
      join(
        `Final lateral and AP films (CT where a leak needs characterising): ${ml(f.injectedMl)} mL in, ${f.fillPct} % of the body.`,
        f.leaks === null
          ? ''
          : f.leaks.length
            ? `Outside the body: ${leakList(f, SITE)}.`
            : 'No cement outside the body.',
        'Plain films miss many small venous leaks.',
      ),
    student: (f) =>
      join(
        'Films at the end show where the cement went and catch a leak before the patient leaves; CT places one exactly. Plain films miss many: lateral views showed 34 % of the leaks CT found, lateral and AP together 48 % (Schmidt 2005).',
        f.leaks?.some((l) => l.pathway === 'venous') &&
          'Cement in the veins can reach the lungs: chest CT finds it in about 1 in 10 patients, almost always without symptoms (Luetmer 2011).',
      ),
  },
  result: {
    title: 'Afterwards',
    patient: () =>
      'A small bandage covers each needle spot. Most people go home the same day. Many feel less pain within a few days. Pain also gets better with time in many people who do not have the procedure. Your doctor can tell you what to expect.',
    surgeon: () =>
      'Some pain relief in 87 % (VP) and 92 % (KP) of people in mostly uncontrolled series (Hulme 2006). Open trials against usual care favoured augmentation (VERTOS II; FREE); sham-controlled trials found no clinically important difference (Buchbinder 2009, Kallmes 2009, VERTOS IV 2018; Cochrane 2018). Start or review bone-strengthening treatment.',
    student: () =>
      'New fractures in about a year: 11 % after either procedure (Papanastassiou 2012); 12 % next to the treated level and 18 % anywhere (Al-Ali); no more often than with usual care (VERTOS II: 15 of 91 against 21 of 85, not significant). Uncontrolled series overstate benefit: pain from a fresh fracture eases with time.',
  },
}
