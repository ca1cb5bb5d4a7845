import { useApp } from '../app/store'
import { setSection } from '../app/viewActions'
import { SECTION_RANGE, type SectionKind } from '../core/section'
import { useText } from '../app/text'
import { Segmented } from './Segmented'

const KINDS: SectionKind[] = ['sagittal', 'axial']

/** While the cut-away view is on: which cut (side or top) and where it passes, with large touch targets. */
export function SectionControls() {
  const { UI } = useText()
  const section = useApp((s) => s.section)
  if (!section.on) return null
  const range = SECTION_RANGE[section.kind]
  return (
    <div className="section-controls" role="group" aria-label={UI.section}>
      <Segmented
        label={UI.sectionKind}
        options={KINDS}
        value={section.kind}
        text={(k) => UI.sectionKinds[k]}
        onPick={(k) => setSection({ kind: k, offset: 0 })}
      />
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
