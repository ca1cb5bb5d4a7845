import { useApp } from '../../app/store'
import { setDetection } from '../../app/viewActions'
import { useText } from '../../app/text'
import type { Detection } from '../../core/risk/model'
import { Segmented } from '../Segmented'

const DETECTIONS: Detection[] = ['xray', 'ct']

/** Count leaks as a plain X-ray or a CT finds them. */
export function DetectionToggle() {
  const { RISK } = useText()
  const detection = useApp((s) => s.detection)
  return (
    <div className="detection">
      <span id="detection-label">{RISK.detection}</span>
      <Segmented
        labelledBy="detection-label"
        options={DETECTIONS}
        value={detection}
        text={(d) => RISK.detections[d]}
        onPick={setDetection}
      />
    </div>
  )
}
