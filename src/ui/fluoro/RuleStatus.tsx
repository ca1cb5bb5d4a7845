import { useRef } from 'react'
import { useText } from '../../app/text'
import type { SideId } from '../../app/frameState'
import { useFrameEffect } from '../../app/frameHooks'
import { useNeedleRules } from './useNeedleRules'

const mm = (x: number) => Math.abs(x).toFixed(1)

/**
 * Where each needle's tip stands against the safety rule now, then the rule in words (student mode). The
 * live line comes first: where the panel is short, what scrolls out of sight is the rule that does not change.
 * The live lines follow the needle straight in the DOM, without a re-render per frame.
 */
export function RuleStatus({ side = 'main' }: { side?: SideId }) {
  const { FLUORO } = useText()
  const { count, rulesAt } = useNeedleRules(side)
  const lines = useRef<(HTMLParagraphElement | null)[]>([])
  const words = useRef<(HTMLSpanElement | null)[]>([])
  const R = FLUORO.rule
  useFrameEffect(
    (scene) => {
      rulesAt(scene).forEach((r, i) => {
        const p = lines.current[i],
          w = words.current[i]
        if (!p || !w) return
        p.className = `phase ${r.phase}`
        w.textContent =
          r.phase === 'outside'
            ? R.outside
            : r.phase === 'pedicle'
              ? R.pedicle(mm(r.lateralOfMedialMm), mm(r.pastWallMm))
              : r.phase === 'body'
                ? R.body(mm(r.pastWallMm))
                : R.breach(mm(r.lateralOfMedialMm))
      })
    },
    [rulesAt, R],
    side,
  )
  return (
    <div className="rule-status">
      {Array.from({ length: count }, (_, i) => (
        <p
          key={i}
          ref={(p) => {
            lines.current[i] = p
          }}
        >
          {count > 1 && <b>{i === 0 ? R.sides.left : R.sides.right}: </b>}
          <span
            ref={(w) => {
              words.current[i] = w
            }}
          />
        </p>
      ))}
      <p>
        <b>{R.title}.</b> {R.text} <span className="source">{R.source}</span>
      </p>
    </div>
  )
}
