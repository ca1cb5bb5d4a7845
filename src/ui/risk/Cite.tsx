import { SOURCES } from '../../core/risk/sources'
import type { Citation } from '../../core/risk/present'
import { useText } from '../../app/text'

/**
 * A short citation whose full reference shows on hover and to screen readers. A derived figure says so and
 * names what it was derived from.
 */
export function Cite({ id, from }: Citation) {
  const { RISK } = useText()
  if (!from?.length) return <cite title={SOURCES[id].full}>{SOURCES[id].short}</cite>
  const names = from.map((s) => SOURCES[s].short).join(', ')
  return (
    <cite title={[SOURCES[id].full, ...from.map((s) => SOURCES[s].full)].join('\n')}>{RISK.derivedFrom(names)}</cite>
  )
}
