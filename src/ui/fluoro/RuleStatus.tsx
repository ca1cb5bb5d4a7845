import { useText } from '../../app/text'
import type { SideId } from '../../app/frameState'
import { useNeedleRules } from './useNeedleRules'

const mm = (x: number) => Math.abs(x).toFixed(1)

/**
 * Where each needle's tip stands against the safety rule now, then the rule in words (student mode). The
 * live line comes first: where the panel is short, what scrolls out of sight is the rule that does not change.
 */
export function RuleStatus({ side = 'main' }: { side?: SideId }) {
  const { FLUORO } = useText()
  const { rules } = useNeedleRules(side)
  const R = FLUORO.rule
  return (
    <div className="rule-status">
      {rules.map((r, i) => (
        <p key={i} className={`phase ${r.phase}`}>
          {rules.length > 1 && <b>{r.side > 0 ? R.sides.left : R.sides.right}: </b>}
          {r.phase === 'outside' ? R.outside
            : r.phase === 'pedicle' ? R.pedicle(mm(r.lateralOfMedialMm), mm(r.pastWallMm))
            : r.phase === 'body' ? R.body(mm(r.pastWallMm))
            : R.breach(mm(r.lateralOfMedialMm))}
        </p>
      ))}
      <p><b>{R.title}.</b> {R.text} <span className="source">{R.source}</span></p>
    </div>
  )
}
