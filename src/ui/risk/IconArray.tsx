import { useText } from '../../app/text'
import type { IconCounts } from '../../core/risk/present'

const COLS = 10
const CELL = 24
/** A person: head and shoulders, drawn in a 20 x 22 box. */
const PERSON = 'M10 1.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9ZM1.5 21.5c0-5.2 3.8-8.5 8.5-8.5s8.5 3.3 8.5 8.5Z'

/**
 * Out of 100 treated vertebrae, one figure each: leak with symptoms first, then leak without, then none.
 * Kinds differ by fill and outline as well as colour, so the array reads without colour vision.
 */
export function IconArray({ counts }: { counts: IconCounts }) {
  const { RISK } = useText()
  const kinds = [
    ...Array<'symptomatic'>(counts.symptomatic).fill('symptomatic'),
    ...Array<'silent'>(counts.silent).fill('silent'),
    ...Array<'none'>(counts.none).fill('none'),
  ]
  const rows = Math.ceil(kinds.length / COLS)
  const label = RISK.patient.arrayLabel(counts.symptomatic + counts.silent, counts.symptomatic, counts.none)
  return (
    <figure className="icon-array">
      <svg viewBox={`0 0 ${COLS * CELL} ${rows * CELL}`} role="img" aria-label={label}>
        {kinds.map((k, i) => (
          <path
            key={i}
            d={PERSON}
            className={k}
            transform={`translate(${(i % COLS) * CELL + 2} ${Math.floor(i / COLS) * CELL + 1})`}
          />
        ))}
      </svg>
      <figcaption>
        {(['symptomatic', 'silent', 'none'] as const).map((k) => (
          <span key={k} className="key">
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d={PERSON} className={k} transform="translate(2 1)" />
            </svg>
            <b>{counts[k]}</b> {RISK.patient.key[k]}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
