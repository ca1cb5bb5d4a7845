import { useState } from 'react'
import { useApp } from '../../app/store'
import { SOURCES } from '../../core/risk/sources'
import type { Mode } from '../../core/url'
import { useText } from '../../app/text'
import type { Text } from '../../content'
import { DetectionToggle } from './DetectionToggle'
import { PatientRisk } from './PatientRisk'
import { CaseRisk } from './CaseRisk'
import { CompareTable } from './CompareTable'
import { FactorTable } from './FactorTable'

type View = keyof Text['RISK']['views']
const VIEWS: View[] = ['case', 'compare', 'factors']
/** Each audience opens on its own view: surgeons compare the procedures, students read the factors. */
const FIRST_VIEW: Record<Exclude<Mode, 'patient'>, View> = { surgeon: 'compare', student: 'factors' }

/**
 * The numbers behind the overlay, worded for the audience: a patient reads natural frequencies and an icon
 * array; a surgeon and a student switch between this case, both procedures side by side, and the factors.
 * Every view says the figures are population figures and names its sources.
 */
export function RiskPanel() {
  const { RISK } = useText()
  const on = useApp((s) => s.view.overlay)
  const mode = useApp((s) => s.view.mode)
  // App keys this panel by mode, so a new mode opens on its own first view
  const [view, setView] = useState<View>(mode === 'patient' ? 'case' : FIRST_VIEW[mode])
  if (!on) return null
  const patient = mode === 'patient'
  return (
    <aside className={patient ? 'legend patient' : 'legend'} aria-label={RISK.title}>
      <header>
        <h2>{patient ? RISK.patient.title : RISK.title}</h2>
        {!patient && <DetectionToggle />}
      </header>
      {!patient && (
        <div className="tabs" role="tablist" aria-label={RISK.viewsLabel}>
          {VIEWS.map((v) => (
            <button
              key={v}
              role="tab"
              id={`risk-tab-${v}`}
              aria-selected={view === v}
              aria-controls="risk-view"
              className={view === v ? 'on' : ''}
              onClick={() => setView(v)}
            >
              {RISK.views[v]}
            </button>
          ))}
        </div>
      )}
      <div
        id="risk-view"
        role={patient ? undefined : 'tabpanel'}
        aria-labelledby={patient ? undefined : `risk-tab-${view}`}
      >
        {patient ? (
          <PatientRisk />
        ) : view === 'case' ? (
          <CaseRisk />
        ) : view === 'compare' ? (
          <CompareTable />
        ) : (
          <FactorTable />
        )}
      </div>
      {!patient && <p className="disclaimer">{RISK.disclaimer}</p>}
      <details>
        <summary>{RISK.sources}</summary>
        <ul className="sources">
          {Object.values(SOURCES).map((s) => (
            <li key={s.id}>{s.full}</li>
          ))}
        </ul>
      </details>
    </aside>
  )
}
