import { useApp } from '../app/store'
import { frameState, type SideId } from '../app/frameState'
import { isHolding } from '../core/compare'
import { useText } from '../app/text'

/**
 * The name of the procedure a pane shows when two are compared, its step, and the figures to compare: cement
 * in, and how tall the front of the bone is (kyphoplasty's balloon wins back more of it).
 */
export function PaneLabel({ side }: { side: SideId }) {
  const { UI, CHAPTERS } = useText()
  // string selectors on the side's frame state: during playback this re-renders only when the words change
  const proc = useApp(() => frameState(side).json.procedure)
  const step = useApp(() => CHAPTERS[frameState(side).json.chapter].title)
  const waiting = useApp((s) => side === 'compare' && isHolding(s.plan, s.t))
  const figures = useApp(() => {
    const { json, scene } = frameState(side)
    const line = UI.compareFigures(json.cement.volumeMl, json.case.vol, json.vertebra.anteriorHeightMm)
    return scene.balloonMl > 0.05 ? `${UI.compareBalloon(scene.balloonMl)} · ${line}` : line
  })
  return (
    <div className="pane-label" data-side={side} data-tags-avoid>
      <h3>{UI[proc]} <span>· {waiting ? UI.compareWaiting : step}</span></h3>
      <p>{figures}</p>
    </div>
  )
}
