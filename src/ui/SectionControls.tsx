import { useApp } from '../app/store'
import { setSection } from '../app/actions'
import { SECTION_RANGE, type SectionKind } from '../core/section'
import { UI } from '../content/en'

/** While the cut-away view is on: which cut (side or top) and where it passes, with large touch targets. */
export function SectionControls() {
  const section = useApp((s) => s.section)
  if (!section.on) return null
  const range = SECTION_RANGE[section.kind]
  return (
    <div className="section-controls" role="group" aria-label={UI.section}>
      <div className="segmented" role="radiogroup" aria-label={UI.sectionKind}>
        {(['sagittal', 'axial'] as SectionKind[]).map((k) => (
          <button key={k} role="radio" aria-checked={section.kind === k} className={section.kind === k ? 'on' : ''} onClick={() => setSection({ kind: k, offset: 0 })}>
            {UI.sectionKinds[k]}
          </button>
        ))}
      </div>
      <label>
        {UI.sectionAt}
        <input
          type="range"
          min={-range}
          max={range}
          step={0.5}
          value={section.offset}
          aria-valuetext={`${section.offset} mm ${UI.sectionFromMiddle}`}
          onChange={(e) => setSection({ offset: Number(e.currentTarget.value) })}
        />
      </label>
    </div>
  )
}
