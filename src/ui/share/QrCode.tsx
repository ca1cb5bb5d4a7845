import { useEffect, useState } from 'react'
import { qrPath } from './qrPath'

/** A QR code of `text`, drawn as SVG; the encoder (qrcode) loads only when a code is first shown. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [code, setCode] = useState<{ d: string; size: number } | null>(null)
  useEffect(() => {
    let live = true
    import('qrcode')
      .then((q) => {
        if (live) setCode(qrPath(q.create(text, { errorCorrectionLevel: 'M' }).modules))
      })
      .catch(() => {
        if (live) setCode(null)
      })
    return () => {
      live = false
    }
  }, [text])
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${code?.size ?? 1} ${code?.size ?? 1}`}
      role="img"
      aria-label={label}
      data-link={text}
      shapeRendering="crispEdges"
    >
      <rect width="100%" height="100%" fill="#fff" />
      {code && <path d={code.d} fill="#000" />}
    </svg>
  )
}
