// The story of each procedure as data: chapters with durations and the real procedure time they stand
// for, and keyframe tracks for every animated quantity. Components never hold chapter ids or timings.
import { GRADE_LOSS, type CaseParams, type ProcedureKey } from './case'
import { TrackBuilder, sample, type Track } from './tracks'
import { balloonPressurePsi } from './anatomy/balloon'
import { hashString } from './random'

import { layoutFor, type VertebraLayout } from './anatomy/vertebra'
import { instrumentLayout, type InstrumentLayout } from './anatomy/instruments'
import { injectedMl, stopsWithin, type InjectionStop } from './cement/stop'

export type ChapterId =
  | 'healthy'
  | 'fracture'
  | 'preparation'
  | 'needle-placement'
  | 'cement-injection'
  | 'hardening'
  | 'balloon-placement'
  | 'balloon-inflation'
  | 'cavity-creation'
  | 'cavity-fill'
  | 'internal-cast'
  | 'final-images'
  | 'result'

export interface Chapter {
  id: ChapterId
  start: number
  end: number
  /** minutes of the real procedure this chapter stands for, or null outside the procedure */
  minutes: [number, number] | null
}

/** Every animated quantity of a plan, named once: the plan's tracks and the builders that make them follow this list. */
const TRACK_NAMES = [
  'collapse',
  'restore',
  'needle',
  'drill',
  'balloonIn',
  'balloon',
  'balloonB',
  'pressure',
  'cavity',
  'cement',
  'cure',
  'ghost',
  'skin',
  'numb',
  'camAz',
  'camEl',
  'camDist',
  'camY',
] as const
type TrackName = (typeof TRACK_NAMES)[number]

export interface Plan {
  procedure: ProcedureKey
  case: CaseParams
  chapters: Chapter[]
  duration: number
  /** length of the real procedure, minutes: PVP 29.6 +/- 3.3, PKP 37.4 +/- 4.2 (Wang F et al. J Pain Res 2018;11:2625) */
  procedureMinutes: number
  tracks: Record<TrackName, Track>
  layout: VertebraLayout
  instruments: InstrumentLayout
  /** height loss fraction at full collapse (Genant grade band middle) */
  loss: number
  /** share of the lost height restored by the end of the procedure */
  restoreShare: number
  /** the cement that really goes in: the planned volume, or less where the stop rules end the injection */
  injectedMl: number
  /** the stop rules this injection meets before its planned volume (cement/stop.ts), with when they happen */
  stop: InjectionStop
  stopTimes: { pause: [number, number] | null; end: number | null }
}

/** The chapters in which cement goes in: vertebroplasty's injection and kyphoplasty's cavity fill. */
export const INJECTION_CHAPTERS: ReadonlySet<ChapterId> = new Set<ChapterId>(['cement-injection', 'cavity-fill'])

/** How long the pause at a first leak lasts on the timeline, s of presentation time (PAUSE_MIN of the real procedure). */
export const PAUSE_S = 1.6

/**
 * Share of the lost anterior height restored. Kyphoplasty: 70 % of levels regained 46.8 % of the lost height
 * and 30 % none, a mean of 33 % (Lieberman 2001, an early series, as quoted in clinical-facts section 6).
 * Vertebroplasty: injected cement does not re-erect a compressed body (ISRN 2011), except a mobile fracture
 * with a cleft, where "a subset of VP" corrected as much as KP (Hulme 2006); there about a third of KP's share,
 * derived from the kyphosis reductions of 1.7 against 4.8 degrees (Papanastassiou 2012). Comparative studies
 * planned in advance found no significant difference in height (Beall 2018): the summary says so.
 */
const RESTORE_SHARE: Record<ProcedureKey, number> = { kp: 0.33, vp: 0.12 }

/** The share a case restores: kyphoplasty's always; vertebroplasty's only in a mobile fracture with a cleft. */
export function restoreShareOf(c: Pick<CaseParams, 'cleft'>, procedure: ProcedureKey): number {
  return procedure === 'vp' && !c.cleft ? 0 : RESTORE_SHARE[procedure]
}

/** Chapter durations in seconds of presentation time, and their real minutes. */
const VP_CHAPTERS: [ChapterId, number, [number, number] | null][] = [
  ['healthy', 5, null],
  ['fracture', 7, null],
  ['preparation', 7, [0, 8]],
  ['needle-placement', 9, [8, 15]],
  ['cement-injection', 12, [15, 22]],
  ['hardening', 7, [22, 28]],
  ['final-images', 6, [28, 30]],
  ['result', 7, null],
]
const KP_CHAPTERS: [ChapterId, number, [number, number] | null][] = [
  ['healthy', 5, null],
  ['fracture', 7, null],
  ['preparation', 7, [0, 8]],
  ['needle-placement', 9, [8, 15]],
  ['balloon-placement', 7, [15, 18]],
  ['balloon-inflation', 8, [18, 23]],
  ['cavity-creation', 6, [23, 25]],
  ['cavity-fill', 10, [25, 31]],
  ['internal-cast', 7, [31, 35]],
  ['final-images', 6, [35, 37]],
  ['result', 7, null],
]

/** Camera per chapter: azimuth (deg, 0 = from the front, 90 = patient's left), elevation, distance (mm), target y. */
const CAMERA: Record<ChapterId, [number, number, number, number]> = {
  healthy: [55, 12, 250, 0],
  fracture: [90, 6, 215, 0],
  preparation: [150, 22, 250, 0],
  'needle-placement': [140, 30, 215, 0],
  'cement-injection': [100, 16, 145, 0],
  hardening: [95, 14, 160, 0],
  'balloon-placement': [125, 28, 200, 0],
  'balloon-inflation': [100, 16, 145, 0],
  'cavity-creation': [100, 16, 145, 0],
  'cavity-fill': [100, 16, 145, 0],
  'internal-cast': [95, 14, 160, 0],
  // the films: straight from the side, as the lateral image is taken
  'final-images': [90, 0, 170, 0],
  result: [80, 10, 200, 0],
}

/**
 * The cement track through an injection window [a, b]: at the planned rate (the planned volume over the window),
 * holding for PAUSE_S at a first leak and staying where the rules stopped it; returns the times of both.
 */
function inject(track: TrackBuilder, a: number, b: number, planned: number, stop: InjectionStop): Plan['stopTimes'] {
  const perMl = (b - a - (stop.pause ? PAUSE_S : 0)) / planned
  const end = injectedMl(planned, stop)
  let t = a
  let pause: [number, number] | null = null
  if (stop.pause) {
    track.to(t, t + stop.pause.atMl * perMl, stop.pause.atMl, 'linear')
    t += stop.pause.atMl * perMl
    pause = [t, t + PAUSE_S]
    t += PAUSE_S
  }
  const from = track.last
  track.to(t, t + (end - from) * perMl, end, 'linear')
  return { pause, end: stop.end ? t + (end - from) * perMl : null }
}

export function buildPlan(
  c: CaseParams,
  procedure: ProcedureKey = c.proc,
  fieldStop: InjectionStop | null = null,
): Plan {
  const spec = procedure === 'kp' ? KP_CHAPTERS : VP_CHAPTERS
  let t = 0
  const chapters: Chapter[] = spec.map(([id, d, minutes]) => {
    const ch = { id, start: t, end: t + d, minutes }
    t += d
    return ch
  })
  const duration = t
  const at = (id: ChapterId) => chapters.find((ch) => ch.id === id)!
  const layout = layoutFor(c.level)
  const instruments = instrumentLayout(layout, { ...c, proc: procedure })
  // vertebroplasty's trocar goes to its tip in the front third; kyphoplasty's is exchanged for a working cannula
  // that stops just past the back wall, and a hand drill opens the way on from there
  const needleLen = Math.max(...instruments.needles.map((n) => (procedure === 'kp' ? n.cannulaMm : n.lengthMm)))

  // every track starts at 0 but the camera's, which start on the first chapter's view (set below)
  const k = Object.fromEntries(TRACK_NAMES.map((n) => [n, new TrackBuilder(0)])) as Record<TrackName, TrackBuilder>

  const fr = at('fracture'),
    prep = at('preparation'),
    np = at('needle-placement'),
    res = at('result')
  k.collapse.to(fr.start + 1, fr.end - 1.5, 1, 'smooth')
  k.skin.to(prep.start, prep.start + 1.5, 1).to(np.end - 1, np.end, 0)
  k.numb.to(prep.start + 3, prep.start + 4, 1).to(prep.end - 1.5, prep.end - 0.5, 0)
  // needle: through skin and muscle quickly, then slowly through the pedicle into the front third
  const boneAt =
    needleLen -
    Math.min(
      ...instruments.needles.map((n) => Math.hypot(n.tip[0] - n.bone[0], n.tip[1] - n.bone[1], n.tip[2] - n.bone[2])),
    )
  k.needle.to(np.start + 0.5, np.start + 3, boneAt, 'linear').to(np.start + 3.5, np.end - 0.8, needleLen, 'smooth')
  k.ghost.to(np.start + 3, np.start + 5, 1)

  const stop = stopsWithin(c.vol, fieldStop)
  let stopTimes: Plan['stopTimes']
  if (procedure === 'vp') {
    const inj = at('cement-injection'),
      hard = at('hardening')
    stopTimes = inject(k.cement, inj.start + 0.8, inj.end - 0.8, c.vol, stop)
    k.restore.to(inj.start + 0.8, inj.end - 0.8, 1)
    k.cure.to(hard.start + 0.5, hard.end - 0.5, 1, 'linear')
    k.needle.to(hard.end - 1.2, hard.end - 0.2, 0, 'smooth')
  } else {
    const bp = at('balloon-placement'),
      bi = at('balloon-inflation'),
      cc = at('cavity-creation')
    const cf = at('cavity-fill'),
      ic = at('internal-cast')
    // the drill in to the planned tip and out again, then the balloon in through the cannula
    k.drill.to(bp.start + 0.4, bp.start + 2.6, 1, 'smooth').to(bp.start + 3, bp.start + 4, 0, 'smooth')
    k.balloonIn.to(bp.start + 4.2, bp.start + 4.2, 1, 'hold').to(cc.start + 3.5, cc.start + 3.5, 0, 'hold')
    const fillStart = bp.end - 0.5,
      fillEnd = bi.end - 1
    k.balloon.to(fillStart, bp.end, 0.15, 'linear').to(bi.start + 0.5, fillEnd, instruments.balloonMl, 'smooth')
    // pressure follows the fill through the balloon's pressure-volume curve; the endplates start to rise
    // once the balloon has packed the bone above and below it (balloon.ts)
    const fill = k.balloon.build(),
      steps = 32
    let lift = fillEnd
    for (let i = 1; i <= steps; i++) {
      const t0 = fillStart + ((i - 1) * (fillEnd - fillStart)) / steps,
        t1 = fillStart + (i * (fillEnd - fillStart)) / steps
      const v = sample(fill, t1)
      k.pressure.to(
        t0,
        t1,
        balloonPressurePsi(v, instruments.contactMl, instruments.balloonMl, hashString(c.level)),
        'linear',
      )
      if (v >= instruments.contactMl && lift === fillEnd) lift = t0
    }
    // two balloons come out one at a time, so the one still up holds the height while the other deflates
    const two = instruments.needles.length > 1
    k.balloonB = TrackBuilder.from(k.balloon)
    k.balloon.to(cc.start + 0.5, cc.start + (two ? 1.7 : 3), 0, 'smooth')
    k.balloonB.to(two ? cc.start + 1.9 : cc.start + 0.5, cc.start + 3.1, 0, 'smooth')
    k.pressure.to(cc.start + 0.5, cc.start + 2, 0, 'smooth')
    k.restore.to(Math.min(lift, fillEnd - 1), fillEnd, 1)
    k.cavity.to(cc.start + 0.5, cc.start + 3, 1, 'smooth')
    stopTimes = inject(k.cement, cf.start + 0.8, cf.end - 0.8, c.vol, stop)
    k.cure.to(ic.start + 0.5, ic.end - 0.5, 1, 'linear')
    k.needle.to(ic.end - 1.2, ic.end - 0.2, 0, 'smooth')
  }
  // afterwards: the bone a little less see-through, the cement still visible inside
  k.ghost.to(res.start + 0.5, res.start + 2.5, 0.8)

  // the camera distances suit L1 (41.2 mm endplates): smaller thoracic levels are framed closer
  const zoom = Math.min(1.1, Math.max(0.7, layout.m.EPW / 41.2))
  const [az0, el0, dist0, y0] = CAMERA.healthy
  k.camAz = new TrackBuilder(az0)
  k.camEl = new TrackBuilder(el0)
  k.camDist = new TrackBuilder(dist0 * zoom)
  k.camY = new TrackBuilder(y0)
  for (const ch of chapters.slice(1)) {
    const [az, el, dist, y] = CAMERA[ch.id]
    const a = ch.start,
      b = ch.start + Math.min(2.5, (ch.end - ch.start) / 2)
    k.camAz.to(a, b, az)
    k.camEl.to(a, b, el)
    k.camDist.to(a, b, dist * zoom)
    k.camY.to(a, b, y)
  }

  return {
    procedure,
    case: { ...c },
    chapters,
    duration,
    procedureMinutes: procedure === 'kp' ? 37 : 30,
    tracks: Object.fromEntries(TRACK_NAMES.map((n) => [n, k[n].build()])) as Record<TrackName, Track>,
    layout,
    instruments,
    loss: GRADE_LOSS[c.grade],
    restoreShare: restoreShareOf(c, procedure),
    injectedMl: injectedMl(c.vol, stop),
    stop,
    stopTimes,
  }
}
