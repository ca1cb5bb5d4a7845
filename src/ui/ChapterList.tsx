import { useEffect, useRef } from 'react'
import { useApp } from '../app/store'
import { seek } from '../app/playbackActions'
import { chapterIndexAt } from '../core/timeline'
import { useText } from '../app/text'

/** The steps by name; tap one to go to its start. The current step stays scrolled into view. */
export function ChapterList() {
  const { CHAPTERS, UI } = useText()
  const plan = useApp((s) => s.plan)
  const ci = useApp((s) => chapterIndexAt(s.plan.chapters, s.t))
  const list = useRef<HTMLOListElement>(null)
  useEffect(() => {
    // sideways within the list only: scrollIntoView would also scroll the page on a phone
    const ol = list.current,
      el = ol?.children[ci] as HTMLElement | undefined
    if (!ol || !el) return
    const left = el.offsetLeft,
      right = left + el.offsetWidth // the list is the offsetParent (position: relative)
    if (left < ol.scrollLeft) ol.scrollLeft = left
    else if (right > ol.scrollLeft + ol.clientWidth) ol.scrollLeft = right - ol.clientWidth
  }, [ci])
  return (
    <nav aria-label={UI.chapters}>
      <ol ref={list} className="chapters">
        {plan.chapters.map((ch, i) => (
          <li key={ch.id}>
            <button
              className={i === ci ? 'on' : i < ci ? 'done' : ''}
              aria-current={i === ci ? 'step' : undefined}
              onClick={() => seek(ch.start)}
            >
              <span className="num">{i + 1}</span> {CHAPTERS[ch.id].title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
