import { SOURCES, type SourceId } from '../../core/risk/sources'

/** A short citation whose full reference shows on hover and to screen readers. */
export function Cite({ id }: { id: SourceId }) {
  return <cite title={SOURCES[id].full}>{SOURCES[id].short}</cite>
}
