import { useEffect, useRef, useState } from 'react'
import { useText } from '../../app/text'
import { openDialog } from '../../app/viewActions'
import type { Mode } from '../../core/url'
import { useShareLink } from './useShareLink'
import { Segmented } from '../Segmented'
import { QrCode } from './QrCode'
import './share.css'

const MODES: Mode[] = ['patient', 'surgeon', 'student']

/**
 * Share this view: a link and its QR code, opened as a patient (the default: a surgeon sends it home with
 * the patient), a surgeon or a student. The link holds case settings only.
 */
export function ShareDialog() {
  const { SHARE, UI } = useText()
  const [mode, setMode] = useState<Mode>('patient')
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no')
  const link = useShareLink(mode)
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal?.()
  }, [])
  useEffect(() => setCopied('no'), [link])
  const copy = () =>
    navigator.clipboard?.writeText(link).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    ) ?? setCopied('failed')
  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby="share-title" onClose={() => openDialog(null)}>
      <header>
        <h2 id="share-title">{SHARE.title}</h2>
        <button onClick={() => openDialog(null)}>{SHARE.close}</button>
      </header>
      <div className="share-body">
        <QrCode text={link} label={SHARE.qr} />
        <div className="share-side">
          <div className="share-for">
            <span id="share-for">{SHARE.for}</span>
            <Segmented labelledBy="share-for" options={MODES} value={mode} text={(m) => UI.modes[m]} onPick={setMode} />
          </div>
          <label className="share-link">
            {SHARE.link}
            <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button onClick={copy}>
            {copied === 'yes' ? SHARE.copied : copied === 'failed' ? SHARE.copyFailed : SHARE.copy}
          </button>
          <p className="note">{SHARE.note}</p>
          <button className="primary" onClick={() => openDialog('summary')}>
            {SHARE.summary}
          </button>
        </div>
      </div>
    </dialog>
  )
}
