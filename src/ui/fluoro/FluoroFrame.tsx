import { useApp } from '../../app/store'
import { useText } from '../../app/text'
import type { Projection } from '../../core/fluoro/carm'
import { SafetyGuides } from './SafetyGuides'
import { StopGuide } from './StopGuide'

/**
 * What sits over one X-ray image: its name, the orientation letters a radiograph carries (front and back on
 * the side view; the patient's left and right on the front view), for a student the safety rule's lines, and on
 * the side view while cement goes in, the line where the injection stops.
 */
export function FluoroFrame({
  projection,
  frame,
}: {
  projection: Projection
  frame: { x: number; y: number; size: number }
}) {
  const { FLUORO } = useText()
  const mode = useApp((s) => s.view.mode)
  const m = FLUORO.markers
  // the lateral view has the front on the left; the AP view shows the patient's left on the right
  const [left, right] = projection === 'lateral' ? [m.anterior, m.posterior] : [m.right, m.left]
  return (
    <div
      className="fluoro-frame"
      data-projection={projection}
      style={{ left: frame.x, top: frame.y, width: frame.size, height: frame.size }}
    >
      <span className="fluoro-name">
        {mode === 'patient' ? (
          FLUORO.names[projection]
        ) : (
          <>
            <b>{FLUORO.codes[projection]}</b> {FLUORO.names[projection]}
          </>
        )}
      </span>
      {mode !== 'patient' && (
        <>
          <span className="marker left">{left}</span>
          <span className="marker right">{right}</span>
        </>
      )}
      {mode === 'student' && <SafetyGuides projection={projection} />}
      {projection === 'lateral' && <StopGuide />}
    </div>
  )
}
