import { useApp } from '../app/store'
import { openDialog, setLabels, setLang, setMode, setOverlay, setSection, setView } from '../app/viewActions'
import { setProcedure } from '../app/caseActions'
import { LANG_NAMES } from '../content'
import { setPen } from '../app/pen'
import { useText } from '../app/text'
import type { Mode } from '../core/url'
import { Segmented } from './Segmented'
import { Toggle } from './Toggle'

const MODES: Mode[] = ['patient', 'surgeon', 'student']
const PROCEDURES = ['vp', 'kp', 'compare'] as const

/** Title, who is watching, the procedure switch, and the leak-risk, cut-away and labels toggles. */
export function TopBar() {
  const { UI, SHARE, PEN, FLUORO } = useText()
  const pen = useApp((s) => s.pen)
  const kiosk = useApp((s) => s.view.kiosk)
  const proc = useApp((s) => (s.view.compare ? 'compare' : s.case.proc))
  const mode = useApp((s) => s.view.mode)
  const overlay = useApp((s) => s.view.overlay)
  const labels = useApp((s) => s.labels)
  const cut = useApp((s) => s.section.on)
  const view = useApp((s) => s.view.view)
  const compare = useApp((s) => s.view.compare)
  const other = useApp((s) => (s.view.lang === 'en' ? 'es' : 'en'))
  return (
    <header className="topbar">
      <div className="brand">
        <h1>{UI.title}</h1>
        <p>{UI.subtitle}</p>
      </div>
      {/* the other language, named in itself: one tap for a patient who reads Spanish */}
      <button className="lang" lang={other} title={UI.language} onClick={() => setLang(other)}>
        {LANG_NAMES[other]}
      </button>
      <Segmented
        label={UI.modeLabel}
        options={MODES}
        value={mode}
        text={(m) => UI.modes[m]}
        onPick={setMode}
        className="segmented modes"
      />
      <div className="row">
        <Segmented
          label={UI.procedureLabel}
          options={PROCEDURES}
          value={proc}
          text={(p) => UI[p]}
          onPick={setProcedure}
        />
        <div className="actions">
          <Toggle on={overlay} onClick={() => setOverlay(!overlay)}>
            {UI.overlay}
          </Toggle>
          <Toggle on={cut} onClick={() => setSection({ on: !cut })}>
            {UI.section}
          </Toggle>
          {/* what the operator watches: one procedure's X-ray images, so not while two are compared */}
          {!compare && (
            <Toggle on={view !== '3d'} onClick={() => setView(view === '3d' ? 'split' : '3d')}>
              {FLUORO.toggle}
            </Toggle>
          )}
          {mode !== 'patient' && (
            <Toggle on={labels} onClick={() => setLabels(!labels)}>
              {UI.labels}
            </Toggle>
          )}
          {mode === 'surgeon' && (
            <Toggle on={pen} onClick={() => setPen(!pen)}>
              {PEN.toggle}
            </Toggle>
          )}
          {mode !== 'patient' && !kiosk && (
            <button className="share" aria-haspopup="dialog" onClick={() => openDialog('share')}>
              {SHARE.button}
            </button>
          )}
        </div>
      </div>
    </header>
  )
}
