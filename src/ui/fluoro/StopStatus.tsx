import { useApp } from '../../app/store'
import { useText } from '../../app/text'
import { useFrameValue } from '../../app/frameHooks'
import { INJECTION_CHAPTERS } from '../../core/plans'
import { finalStopAt, pausingAt } from '../../core/timeline'

/** Below the X-ray images while cement goes in: that the injection is pausing at a leak, or where and why it stopped. */
export function StopStatus() {
  const { FLUORO } = useText()
  const plain = useApp((s) => s.view.mode === 'patient')
  const badge = useFrameValue((scene, s) => {
    if (!INJECTION_CHAPTERS.has(scene.chapter)) return null
    return finalStopAt(s.plan, scene.t) ?? (pausingAt(s.plan, scene.t) ? 'pause' : null)
  })
  if (!badge) return null
  return (
    <p className="stop-badge" role="status" data-testid="fluoro-stop">
      {plain ? FLUORO.stop.plain[badge] : FLUORO.stop[badge]}
    </p>
  )
}
