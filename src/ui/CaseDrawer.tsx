import { useState } from 'react'
import { useApp } from '../app/store'
import { setCase } from '../app/caseActions'
import { RANGES, TREATABLE_LEVELS, type CaseParams } from '../core/case'
import { useText } from '../app/text'
import type { Text } from '../content'
import { Segmented } from './Segmented'

type Choice = keyof Text['CASE']['options']
/** The rows of the panel: each a case key and its options, in the order a surgeon thinks of them. */
const ROWS: { key: Exclude<Choice, 'proc'>; options: readonly (string | number | boolean)[] }[] = [
  { key: 'morph', options: ['wedge', 'biconcave', 'crush'] },
  { key: 'grade', options: [1, 2, 3] },
  { key: 'cause', options: ['osteoporosis', 'tumor'] },
  { key: 'wall', options: ['intact', 'breached'] },
  { key: 'endplate', options: ['intact', 'cracked'] },
  { key: 'cleft', options: [false, true] },
  { key: 'approach', options: ['uni', 'bi'] },
  { key: 'visc', options: ['low', 'medium', 'high'] },
]
const VOLUME_STEP = 0.5

/**
 * The surgeon's case panel: a summary button that opens big tap targets for every case setting, so a
 * case is set up in a few taps on a tablet. Each tap changes the scene at once; Done closes it.
 */
export function CaseDrawer() {
  const { CASE } = useText()
  const c = useApp((s) => s.case)
  const [open, setOpen] = useState(false)
  const label = (key: Choice, v: string | number | boolean) => (CASE.options[key] as Record<string, string>)[String(v)]
  if (!open) {
    return (
      <button className="case-summary" data-tags-avoid aria-expanded={false} onClick={() => setOpen(true)}>
        <b>{CASE.title}</b> {CASE.summary(c)}
      </button>
    )
  }
  const vol = (d: number) => setCase({ vol: Math.round((c.vol + d) / VOLUME_STEP) * VOLUME_STEP })
  return (
    <section className="case-drawer" aria-label={CASE.title}>
      <header>
        <h3>{CASE.title}</h3>
        <button className="done" onClick={() => setOpen(false)}>
          {CASE.done}
        </button>
      </header>
      <label className="case-row">
        <span>{CASE.names.level}</span>
        <select value={c.level} onChange={(e) => setCase({ level: e.target.value as CaseParams['level'] })}>
          {TREATABLE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      {ROWS.map(({ key, options }) => (
        <div key={key} className="case-row">
          <span id={`case-${key}`}>{CASE.names[key]}</span>
          <Segmented
            labelledBy={`case-${key}`}
            options={options}
            value={c[key]}
            text={(o) => label(key, o)}
            onPick={(o) => setCase({ [key]: o })}
          />
        </div>
      ))}
      <div className="case-row">
        <span id="case-vol">{CASE.names.vol}</span>
        <div className="stepper" role="group" aria-labelledby="case-vol">
          <button aria-label={CASE.less} disabled={c.vol <= RANGES.vol.min} onClick={() => vol(-VOLUME_STEP)}>
            −
          </button>
          <output aria-live="polite">{c.vol.toFixed(1)} mL</output>
          <button aria-label={CASE.more} disabled={c.vol >= RANGES.vol.max} onClick={() => vol(VOLUME_STEP)}>
            +
          </button>
        </div>
      </div>
    </section>
  )
}
