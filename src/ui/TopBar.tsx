import { useApp } from '../app/store'
import { setCase, setLabels, setMode, setOverlay, setSection } from '../app/actions'
import { UI } from '../content/en'
import type { ProcedureKey } from '../core/case'
import type { Mode } from '../core/url'

const MODES: Mode[] = ['patient', 'surgeon', 'student']

/** Title, who is watching, the procedure switch, and the leak-risk, cut-away and labels toggles. */
export function TopBar() {
  const proc = useApp((s) => s.case.proc)
  const mode = useApp((s) => s.view.mode)
  const overlay = useApp((s) => s.view.overlay)
  const labels = useApp((s) => s.labels)
  const cut = useApp((s) => s.section.on)
  return (
    <header className="topbar">
      <div className="brand">
        <h1>{UI.title}</h1>
        <p>{UI.subtitle}</p>
      </div>
      <Segmented label={UI.modeLabel} options={MODES} value={mode} text={(m) => UI.modes[m]} onPick={setMode} className="modes" />
      <div className="row">
        <Segmented label={UI.procedureLabel} options={['vp', 'kp'] as ProcedureKey[]} value={proc} text={(p) => UI[p]} onPick={(p) => setCase({ proc: p })} />
        <div className="actions">
          <Toggle on={overlay} onClick={() => setOverlay(!overlay)}>{UI.overlay}</Toggle>
          <Toggle on={cut} onClick={() => setSection({ on: !cut })}>{UI.section}</Toggle>
          {mode !== 'patient' && <Toggle on={labels} onClick={() => setLabels(!labels)}>{UI.labels}</Toggle>}
        </div>
      </div>
    </header>
  )
}

function Segmented<T extends string>({ label, options, value, text, onPick, className }: {
  label: string; options: T[]; value: T; text: (v: T) => string; onPick: (v: T) => void; className?: string
}) {
  return (
    <div className={className ? `segmented ${className}` : 'segmented'} role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <button key={o} role="radio" aria-checked={value === o} className={value === o ? 'on' : ''} onClick={() => onPick(o)}>{text(o)}</button>
      ))}
    </div>
  )
}

function Toggle({ on, onClick, children }: { on: boolean; onClick: () => void; children: string }) {
  return <button className={on ? 'toggle on' : 'toggle'} aria-pressed={on} onClick={onClick}>{children}</button>
}
