import { useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useApp } from '../../app/store'
import { useText } from '../../app/text'
import { openDialog } from '../../app/viewActions'
import { snapshot } from '../../app/snapshot'
import { summaryRows } from '../../core/summary'
import { SOURCES } from '../../core/risk/sources'
import { Cite } from '../risk/Cite'
import type { CaseParams, ProcedureKey } from '../../core/case'
import { clock, percent, withRange } from '../../core/format'
import { QrCode } from './QrCode'
import { useShareLink } from './useShareLink'
import './share.css'

const PROCS: ProcedureKey[] = ['vp', 'kp']
const CASE_KEYS = ['level', 'morph', 'grade', 'cause', 'wall', 'endplate', 'cleft', 'approach', 'visc', 'vol'] as const

/**
 * The one-page summary: the case, a picture of the 3D view, the key numbers for both procedures with their
 * sources, and a QR code that reopens the view. On screen it is a sheet over the app; printed, it is the page.
 */
export function SummarySheet() {
  const { SUMMARY, CASE, RISK, UI } = useText()
  const c = useApp((s) => s.case)
  const t = useApp((s) => s.t)
  const compare = useApp((s) => s.view.compare)
  const procName = compare ? UI.bothProcedures : UI[c.proc]
  const link = useShareLink('patient')
  const rows = useMemo(() => summaryRows(c), [c])
  const [picture] = useState(() => snapshot({ compare: UI.vp, main: UI[c.proc] }))
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    close.current?.focus()
    const esc = (e: KeyboardEvent) => {
      if (e.key === 'Escape') openDialog(null)
    }
    window.addEventListener('keydown', esc)
    return () => window.removeEventListener('keydown', esc)
  }, [])
  const value = (key: (typeof CASE_KEYS)[number], c: CaseParams) =>
    key === 'level'
      ? c.level
      : key === 'vol'
        ? `${c.vol} mL`
        : (CASE.options[key] as Record<string, string>)[String(c[key])]
  const sources = [
    ...new Set(rows.flatMap((r) => ('cite' in r.source ? [r.source.cite.id, ...(r.source.cite.from ?? [])] : []))),
  ]
  return createPortal(
    <article className="summary-sheet" role="dialog" aria-modal="true" aria-labelledby="summary-title">
      <div className="sheet-actions">
        <button className="primary" onClick={() => window.print()}>
          {SUMMARY.print}
        </button>
        {picture && (
          <a className="button" href={picture} download={`spine-${c.level}-${compare ? 'compare' : c.proc}.png`}>
            {SUMMARY.png}
          </a>
        )}
        <button ref={close} onClick={() => openDialog(null)}>
          {SUMMARY.close}
        </button>
      </div>
      <header>
        <h1 id="summary-title">{SUMMARY.title}</h1>
        <p>{SUMMARY.subtitle(procName)}</p>
      </header>
      <div className="sheet-top">
        <section>
          <h2>{SUMMARY.caseTitle}</h2>
          <dl className="case-list">
            {CASE_KEYS.map((k) => (
              <div key={k}>
                <dt>{CASE.names[k]}</dt>
                <dd>{value(k, c)}</dd>
              </div>
            ))}
          </dl>
        </section>
        {picture && <img className="sheet-picture" src={picture} alt={SUMMARY.pictureAlt(clock(t))} />}
      </div>
      <section>
        <h2>{SUMMARY.numbersTitle}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{SUMMARY.figure}</th>
              {PROCS.map((p) => (
                <th scope="col" key={p} className={!compare && p === c.proc ? 'current' : ''}>
                  {UI[p]}
                </th>
              ))}
              <th scope="col">{RISK.compare.source}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{SUMMARY[r.key]}</th>
                {PROCS.map((p) => (
                  <td key={p} className={!compare && p === c.proc ? 'current' : ''}>
                    {r.key === 'minutes'
                      ? SUMMARY.minutesValue(r.value[p])
                      : r.range
                        ? withRange(r.value[p], r.range[p])
                        : percent(r.value[p])}
                  </td>
                ))}
                <td className="src">{'cite' in r.source ? <Cite {...r.source.cite} /> : SUMMARY[r.source.text]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{SUMMARY.headToHead}</p>
        <p>{SUMMARY.pain}</p>
        <p className="disclaimer">{SUMMARY.disclaimer}</p>
      </section>
      <footer>
        <figure className="sheet-qr">
          <QrCode text={link} label={SUMMARY.scan} />
          <figcaption>{SUMMARY.scan}</figcaption>
        </figure>
        <ol className="sheet-sources">
          {sources.map((id) => (
            <li key={id}>{SOURCES[id].full}</li>
          ))}
        </ol>
      </footer>
    </article>,
    document.body,
  )
}
