// Where the kyphoplasty balloons and the cavities they leave are at a moment of the procedure: shared by the
// 3D view and the simulated fluoroscopy, so both draw them in the same place at the same size.
import type { Vec3 } from './anatomy/sdf'
import { deformY } from './anatomy/fracture'
import { balloonAxes } from './anatomy/balloon'
import type { Plan } from './plans'
import type { SceneState } from './timeline'
import type { NeedlePath } from './anatomy/instruments'

/** A deflated balloon still shows as a thin sleeve around the cannula's end, mm. */
const MIN_BALLOON_ACROSS_MM = 1.6

export interface BalloonPose {
  /** centre in the treated vertebra's frame, moving with its collapse and lift */
  centre: Vec3
  /** the balloon now: semi-axes across and along the needle, mm; shown while it is in the body */
  balloon: { show: boolean; across: number; along: number }
  /** the cavity once the balloon is out, at full size, and how much of it is still empty (0..1) */
  cavity: { show: boolean; across: number; along: number; empty: number }
}

/**
 * How far a trocar is in along its aim (mm), and how far kyphoplasty's hand drill reaches on from its tip:
 * kyphoplasty's working cannula stops just past the back wall, and the drill opens the way on to the planned tip.
 */
export function trocarPose(
  plan: Pick<Plan, 'procedure'>,
  path: Pick<NeedlePath, 'cannulaMm'>,
  aimLength: number,
  scene: Pick<SceneState, 'needleDepthMm' | 'drill'>,
): { depth: number; drill: number } {
  const stop = plan.procedure === 'kp' ? Math.min(aimLength, path.cannulaMm) : aimLength
  return { depth: Math.min(stop, scene.needleDepthMm), drill: scene.drill * (aimLength - stop) }
}

export function balloonPoses(
  plan: Plan,
  scene: Pick<SceneState, 'balloonsMl' | 'balloonIn' | 'cavity' | 'cementMl' | 'loss'>,
): BalloonPose[] {
  const inst = plan.instruments
  if (plan.procedure !== 'kp') return []
  const full = balloonAxes(inst.balloonMl, inst.balloonMm)
  const totalCavityMl = inst.balloonMl * inst.balloonCentres.length
  const filled = totalCavityMl > 0 ? Math.min(1, scene.cementMl / totalCavityMl) : 1
  return inst.balloonCentres.map((c, i): BalloonPose => {
    const now = balloonAxes(scene.balloonsMl[i] ?? 0, inst.balloonMm)
    return {
      centre: [c[0], deformY(plan.case.morph, plan.layout, scene.loss, c[0], c[1], c[2]), c[2]],
      balloon: { show: scene.balloonIn, across: Math.max(MIN_BALLOON_ACROSS_MM, now.across), along: now.along },
      cavity: {
        show: scene.cavity > 0.01 && filled < 0.98 && !scene.balloonIn,
        across: full.across,
        along: full.along,
        empty: scene.cavity * (1 - filled),
      },
    }
  })
}
