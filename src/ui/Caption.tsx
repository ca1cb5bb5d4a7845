import { useApp } from '../app/store'
import { chapterIndexAt } from '../core/timeline'
import { useText } from '../app/text'
import { InstrumentReadout } from './InstrumentReadout'
import { chapterStep } from '../app/actions'
import { swipeHandlers } from './swipe'

const swipe = swipeHandlers(chapterStep)

/** The current step's title and caption, with how long it takes in a real procedure. Swipe it to change step. */
export function Caption() {
  const { CHAPTERS, UI } = useText()
  const plan = useApp((s) => s.plan)
  const ci = useApp((s) => chapterIndexAt(s.plan.chapters, s.t))
  const ch = plan.chapters[ci]
  const text = CHAPTERS[ch.id]
  return (
    <section className="caption" aria-live="polite" {...swipe}>
      <h2>
        <span className="step">{ci + 1}/{plan.chapters.length}</span> {text.title}
      </h2>
      <p>{text.caption}</p>
      <InstrumentReadout />
      {ch.minutes && <p className="minutes">{UI.procedureTime(ch.minutes[0], ch.minutes[1], plan.procedureMinutes)}</p>}
      {text.source && <p className="source">{text.source}</p>}
    </section>
  )
}
