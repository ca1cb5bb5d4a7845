import { useRef } from 'react'
import { useApp } from '../app/store'
import { sidePlan, type SideId } from '../app/frameState'
import { useFrameEffect, useFrameValue } from '../app/frameHooks'
import { isHolding } from '../core/compare'
import { useText } from '../app/text'

/**
 * The name of the procedure a pane shows when two are compared, its step, and the figures to compare: cement
 * in, and how tall the front of the bone is (kyphoplasty's balloon wins back more of it). The step re-renders
 * when it changes; the figures, which move while playing, are written straight to the DOM.
 */
export function PaneLabel({ side }: { side: SideId }) {
  const { UI, CHAPTERS } = useText()
  const proc = useApp((s) => sidePlan(s, side).procedure)
  const step = useFrameValue((scene) => scene.chapter, side)
  // vertebroplasty waits while kyphoplasty's balloon works: a test on the shared (main) timeline
  const waiting = useFrameValue((main, s) => side === 'compare' && isHolding(s.plan, main.t))
  const figures = useRef<HTMLParagraphElement>(null)
  useFrameEffect(
    (scene, s) => {
      if (!figures.current) return
      const line = UI.compareFigures(scene.cementMl, sidePlan(s, side).case.vol, scene.anteriorHeightMm)
      figures.current.textContent = scene.balloonMl > 0.05 ? `${UI.compareBalloon(scene.balloonMl)} · ${line}` : line
    },
    [UI],
    side,
  )
  return (
    <div className="pane-label" data-side={side} data-tags-avoid>
      <h3>
        {UI[proc]} <span>· {waiting ? UI.compareWaiting : CHAPTERS[step].title}</span>
      </h3>
      <p ref={figures} />
    </div>
  )
}
