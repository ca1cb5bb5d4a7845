import { useApp } from '../../app/store'
import { useText } from '../../app/text'
import { frameState } from '../../app/frameState'
import { CEMENT_CHAPTERS } from './StopGuide'

/** Below the X-ray images while cement goes in: that the injection is pausing at a leak, or where and why it stopped. */
export function StopStatus() {
  const { FLUORO } = useText()
  const plain = useApp((s) => s.view.mode === 'patient')
  const badge = useApp((s) => {
    const { json } = frameState()
    const st = json.cement.stop
    if (!CEMENT_CHAPTERS.has(json.chapter) || !st) return null
    const pause = s.plan.stopTimes.pause
    if (st.final) return st.reason
    return pause && json.t < pause[1] ? 'pause' : null
  })
  if (!badge) return null
  return <p className="stop-badge" role="status" data-testid="fluoro-stop">{plain ? FLUORO.stop.plain[badge] : FLUORO.stop[badge]}</p>
}
