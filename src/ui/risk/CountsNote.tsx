import type { Counts } from '../../core/risk/evidence'
import { useText } from '../../app/text'

/** What a figure counts, in a few words: "per treated vertebra, on X-ray". */
export function CountsNote({ counts }: { counts: Counts }) {
  const { RISK } = useText()
  return (
    <span className="counts">
      {RISK.counts[counts.per]}, {RISK.counts[counts.imaging]}
    </span>
  )
}
