import { useText } from '../../app/text'
import type { SideId } from '../../app/frameState'
import { project, type Projection } from '../../core/fluoro/carm'
import { medialWall, posteriorWall, type RulePhase } from '../../core/fluoro/safety'
import { useNeedleRules } from './useNeedleRules'

const PHASE_COLOUR: Record<RulePhase, string> = { outside: '#9fb0c8', pedicle: '#e6b84a', body: '#5fd08a', breach: '#ff6b5a' }

/**
 * The lines the safety rule is read against, drawn over one image while a needle is in: on AP the medial
 * wall of each pedicle in use, on the lateral view the posterior wall of the body; and where the tip is.
 */
export function SafetyGuides({ projection, side = 'main' }: { projection: Projection; side?: SideId }) {
  const { FLUORO } = useText()
  const { plan, views, rules, posteriorHeightMm } = useNeedleRules(side)
  if (!rules.length) return null
  const L = plan.layout
  const walls = projection === 'ap'
    ? rules.map((r) => ({ ...medialWall(L, views.ap, r.side), name: FLUORO.rule.medialWall }))
    : [{ ...posteriorWall(L, views.lateral, posteriorHeightMm), name: FLUORO.rule.posteriorWall }]
  return (
    <svg className="safety-guides" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
      {walls.map((w, i) => (
        <g key={i}>
          <line x1={w.u * 100} x2={w.u * 100} y1={w.vTop * 100 - 4} y2={w.vBottom * 100 + 4} className="wall" />
          {i === 0 && <text x={w.u * 100} y={w.vTop * 100 - 6} textAnchor="middle">{w.name}</text>}
        </g>
      ))}
      {rules.map((r, i) => {
        const p = project(views[projection], r.tip)
        return p && <circle key={i} cx={p.u * 100} cy={p.v * 100} r={2.2} stroke={PHASE_COLOUR[r.phase]} className="tip" />
      })}
    </svg>
  )
}
