import { useRef } from 'react'
import { useText } from '../../app/text'
import type { SideId } from '../../app/frameState'
import { useFrameEffect, useFrameValue } from '../../app/frameHooks'
import { project, type Projection } from '../../core/fluoro/carm'
import { medialWall, posteriorWall, type RulePhase } from '../../core/fluoro/safety'
import { useNeedleRules } from './useNeedleRules'

const PHASE_COLOUR: Record<RulePhase, string> = {
  outside: '#9fb0c8',
  pedicle: '#e6b84a',
  body: '#5fd08a',
  breach: '#ff6b5a',
}

/**
 * The lines the safety rule is read against, drawn over one image while a needle is in: on AP the medial
 * wall of each pedicle in use, on the lateral view the posterior wall of the body; and where the tip is (it
 * moves with the needle, written straight to the SVG).
 */
export function SafetyGuides({ projection, side = 'main' }: { projection: Projection; side?: SideId }) {
  const { FLUORO } = useText()
  const { plan, views, count, rulesAt } = useNeedleRules(side)
  // the back wall moves only while the body collapses or is raised: a tenth of a millimetre re-renders it
  const posteriorHeightMm = Number(useFrameValue((scene) => scene.posteriorHeightMm.toFixed(1), side))
  const tips = useRef<(SVGCircleElement | null)[]>([])
  useFrameEffect(
    (scene) => {
      rulesAt(scene).forEach((r, i) => {
        const c = tips.current[i],
          p = project(views[projection], r.tip)
        if (!c) return
        c.style.display = p ? '' : 'none'
        if (p) {
          c.setAttribute('cx', String(p.u * 100))
          c.setAttribute('cy', String(p.v * 100))
        }
        c.setAttribute('stroke', PHASE_COLOUR[r.phase])
      })
    },
    [rulesAt, views, projection],
    side,
  )
  if (!count) return null
  const L = plan.layout
  const walls =
    projection === 'ap'
      ? plan.instruments.needles.map((_, i) => ({
          ...medialWall(L, views.ap, i === 0 ? 1 : -1),
          name: FLUORO.rule.medialWall,
        }))
      : [{ ...posteriorWall(L, views.lateral, posteriorHeightMm), name: FLUORO.rule.posteriorWall }]
  return (
    <svg className="safety-guides" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
      {walls.map((w, i) => (
        <g key={i}>
          <line x1={w.u * 100} x2={w.u * 100} y1={w.vTop * 100 - 4} y2={w.vBottom * 100 + 4} className="wall" />
          {i === 0 && (
            <text x={w.u * 100} y={w.vTop * 100 - 6} textAnchor="middle">
              {w.name}
            </text>
          )}
        </g>
      ))}
      {Array.from({ length: count }, (_, i) => (
        <circle
          key={i}
          ref={(c) => {
            tips.current[i] = c
          }}
          r={2.2}
          className="tip"
        />
      ))}
    </svg>
  )
}
