import { useApp } from '../app/store'
import { setCase, setLabels, setOverlay, setSection } from '../app/actions'
import { UI } from '../content/en'
import type { ProcedureKey } from '../core/case'

/** Title, the procedure switch, the leak-risk toggle and the guided-view button. */
export function TopBar() {
  const proc = useApp((s) => s.case.proc)
  const overlay = useApp((s) => s.view.overlay)
  const labels = useApp((s) => s.labels)
  const cut = useApp((s) => s.section.on)
  return (
    <header className="topbar">
      <div className="brand">
        <h1>{UI.title}</h1>
        <p>{UI.subtitle}</p>
      </div>
      <div className="segmented" role="radiogroup" aria-label={UI.procedureLabel}>
        {(['vp', 'kp'] as ProcedureKey[]).map((p) => (
          <button key={p} role="radio" aria-checked={proc === p} className={proc === p ? 'on' : ''} onClick={() => setCase({ proc: p })}>
            {UI[p]}
          </button>
        ))}
      </div>
      <div className="actions">
        <button className={overlay ? 'toggle on' : 'toggle'} aria-pressed={overlay} onClick={() => setOverlay(!overlay)}>
          {overlay ? UI.overlayOff : UI.overlayOn}
        </button>
        <button className={cut ? 'toggle on' : 'toggle'} aria-pressed={cut} onClick={() => setSection({ on: !cut })}>
          {cut ? UI.sectionOff : UI.sectionOn}
        </button>
        <button className={labels ? 'toggle on' : 'toggle'} aria-pressed={labels} onClick={() => setLabels(!labels)}>
          {labels ? UI.labelsOff : UI.labelsOn}
        </button>
      </div>
    </header>
  )
}
