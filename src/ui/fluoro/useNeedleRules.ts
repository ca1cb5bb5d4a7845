import { useMemo } from 'react'
import { useApp } from '../../app/store'
import { frameState, type SideId } from '../../app/frameState'
import { carmViews } from '../../core/fluoro/carm'
import { needleRule, type NeedleRule } from '../../core/fluoro/safety'

/**
 * The safety rule for each needle of a side at the current time, and the C-arm views it is read on. Re-renders
 * only when the needle or the body has moved by a tenth of a millimetre.
 */
export function useNeedleRules(side: SideId) {
  const plan = useApp((s) => (side === 'compare' && s.compare ? s.compare.plan : s.plan))
  const views = useMemo(() => carmViews(plan.layout), [plan.layout])
  const key = useApp(() => {
    const { scene, json } = frameState(side)
    return `${scene.needleDepthMm.toFixed(1)}|${json.vertebra.posteriorHeightMm.toFixed(1)}`
  })
  return useMemo(() => {
    const [depth, posteriorHeightMm] = key.split('|').map(Number)
    const rules: NeedleRule[] = depth > 0.5
      ? plan.instruments.needles.map((n, i) => needleRule(n, i === 0 ? 1 : -1, depth, plan.layout, plan.case, plan.loss, views))
      : []
    return { plan, views, rules, posteriorHeightMm }
  }, [key, plan, views])
}
