import { useMemo } from 'react'
import { useApp } from '../../app/store'
import { sidePlan, type SideId } from '../../app/frameState'
import { useFrameValue } from '../../app/frameHooks'
import { carmViews } from '../../core/fluoro/carm'
import { needleRule, type NeedleRule } from '../../core/fluoro/safety'
import type { SceneState } from '../../core/timeline'

/**
 * The safety rule's inputs for a side: its plan, the C-arm views the rule is read on, and whether a needle is
 * in (re-rendering only when that changes); `rulesAt` gives each needle's rule for a frame, for the DOM that
 * follows the needle while it moves.
 */
export function useNeedleRules(side: SideId) {
  const plan = useApp((s) => sidePlan(s, side))
  const views = useMemo(() => carmViews(plan.layout), [plan.layout])
  const inside = useFrameValue((scene) => scene.needleDepthMm > 0.5, side)
  return useMemo(
    () => ({
      plan,
      views,
      count: inside ? plan.instruments.needles.length : 0,
      rulesAt: (scene: SceneState): NeedleRule[] =>
        scene.needleDepthMm > 0.5
          ? plan.instruments.needles.map((n, i) =>
              needleRule(n, i === 0 ? 1 : -1, scene.needleDepthMm, plan.layout, plan.case, plan.loss, views),
            )
          : [],
    }),
    [plan, views, inside],
  )
}
