import { useMemo } from 'react'
import { useApp } from '../../app/store'
import { useText } from '../../app/text'
import { useFrameValue } from '../../app/frameHooks'
import { finalStopAt } from '../../core/timeline'
import { carmViews } from '../../core/fluoro/carm'
import { stopLine } from '../../core/fluoro/safety'
import { INJECTION_CHAPTERS } from '../../core/plans'

/**
 * On the lateral image while cement goes in: the line where the operator stops (a quarter of the body in front
 * of its back wall), orange once the cement has reached it and the injection stopped there (StopStatus says why).
 */
export function StopGuide() {
  const { FLUORO } = useText()
  const plan = useApp((s) => s.plan)
  // a patient reads the status line under the images; the line's name is for clinicians
  const named = useApp((s) => s.view.mode !== 'patient')
  const views = useMemo(() => carmViews(plan.layout), [plan.layout])
  const now = useFrameValue((scene, s) => {
    if (!INJECTION_CHAPTERS.has(scene.chapter) || scene.cementMl <= 0) return null
    return `${scene.posteriorHeightMm.toFixed(1)}|${finalStopAt(s.plan, scene.t) === 'posterior-wall' ? 1 : 0}`
  })
  if (!now) return null
  const [height, reached] = [Number(now.split('|')[0]), now.endsWith('|1')]
  const line = stopLine(plan.layout, views.lateral, height)
  return (
    <svg
      className={`safety-guides stop-guide${reached ? ' reached' : ''}`}
      viewBox="0 0 100 100"
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <line x1={line.u * 100} x2={line.u * 100} y1={line.vTop * 100 - 4} y2={line.vBottom * 100 + 4} className="wall" />
      {named && (
        <text x={line.u * 100} y={line.vBottom * 100 + 9} textAnchor="middle">
          {FLUORO.stop.line}
        </text>
      )}
    </svg>
  )
}
