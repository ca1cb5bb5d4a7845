import { useApp } from '../../app/store'
import { focusRisk } from '../../app/viewActions'
import { useFrameValue } from '../../app/frameHooks'
import { leakBit } from '../../core/timeline'
import { PATHWAYS, type Pathway, type RiskResult } from '../../core/risk/model'
import { naturalFrequency, type Citation } from '../../core/risk/present'
import { riskColor } from '../../core/risk/colors'
import { useText } from '../../app/text'
import { percent } from '../../core/format'
import { Cite } from './Cite'

/**
 * The five places cement can leak, with the chance of each. A row is a button: it marks its region on the
 * vertebra and explains it. Patients read natural frequencies and see the explanation of the row they tap;
 * others read percentages with sources and every explanation.
 */
export function PathwayList({
  risk,
  plain,
  sources,
}: {
  risk: RiskResult
  plain: boolean
  sources?: Record<Pathway, Citation>
}) {
  const { PATHWAY_TEXT, RISK, freq } = useText()
  const focus = useApp((s) => s.riskFocus)
  // re-render only when the set of pathways the simulated cement has reached changes
  const leaked = useFrameValue((scene) => scene.leaked)
  const reached = { has: (p: Pathway) => (leaked & leakBit(p)) !== 0 }
  return (
    <ul className="pathways">
      {PATHWAYS.map((p) => {
        const on = focus === p
        return (
          <li key={p} className={reached.has(p) ? 'reached' : undefined}>
            <button className={on ? 'pathway on' : 'pathway'} aria-pressed={on} onClick={() => focusRisk(p)}>
              <span className="swatch" style={{ background: riskColor(risk.pathways[p]) }} aria-hidden="true" />
              <span className="name">{PATHWAY_TEXT[p].name}</span>
              <span className="pct">
                {plain ? freq(naturalFrequency(risk.pathways[p])) : percent(risk.pathways[p])}
                {plain && sources?.[p].id === 'model' && ` (${RISK.patient.estimate})`}
              </span>
            </button>
            {(on || !plain) && (
              <p className="explain">
                {PATHWAY_TEXT[p].explain} {sources && !plain && <Cite {...sources[p]} />}
                {reached.has(p) && <em> · {RISK.reached}</em>}
              </p>
            )}
          </li>
        )
      })}
    </ul>
  )
}
