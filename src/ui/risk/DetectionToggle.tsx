import { useApp } from '../../app/store'
import { setDetection } from '../../app/actions'
import { RISK } from '../../content/en'
import type { Detection } from '../../core/risk/model'

/** Count leaks as a plain X-ray or a CT finds them. */
export function DetectionToggle() {
  const detection = useApp((s) => s.detection)
  return (
    <div className="detection">
      <span id="detection-label">{RISK.detection}</span>
      <div className="segmented" role="radiogroup" aria-labelledby="detection-label">
        {(['xray', 'ct'] as Detection[]).map((d) => (
          <button key={d} role="radio" aria-checked={detection === d} className={detection === d ? 'on' : ''} onClick={() => setDetection(d)}>
            {RISK.detections[d]}
          </button>
        ))}
      </div>
    </div>
  )
}
