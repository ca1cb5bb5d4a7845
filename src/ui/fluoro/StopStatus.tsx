import { useApp } from '../../app/store'
import { useText } from '../../app/text'
import { frameState } from '../../app/frameState'
import { INJECTION_CHAPTERS } from '../../core/plans'
import { pausingAt } from '../../core/timeline'

/** Below the X-ray images while cement goes in: that the injection is pausing at a leak, or where and why it stopped. */
export function StopStatus() {
  const { FLUORO } = useText()
  const plain = useApp((s) => s.view.mode === 'patient')
  const badge = useApp((s) => {
    const { json } = frameState()
    const st = json.cement.stop
    if (!INJECTION_CHAPTERS.has(json.chapter) || !st) return null
    return st.final ? st.reason : pausingAt(s.plan, json.t) ? 'pause' : null
  })
  if (!badge) return null
  return <p className="stop-badge" role="status" data-testid="fluoro-stop">{plain ? FLUORO.stop.plain[badge] : FLUORO.stop[badge]}</p>
}
