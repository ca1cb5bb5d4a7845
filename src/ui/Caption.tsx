import { useMemo } from 'react'
import { useApp } from '../app/store'
import { sideCement } from '../app/frameState'
import { chapterIndexAt } from '../core/timeline'
import { captionFacts } from '../core/captionFacts'
import { useText } from '../app/text'
import { InstrumentReadout } from './InstrumentReadout'
import { chapterStep } from '../app/playbackActions'
import { swipeHandlers } from './swipe'

const swipe = swipeHandlers(chapterStep)

/**
 * The current step's title and its words for who is watching (a patient's plain words, a surgeon's technique,
 * a student's why with the source), following this case, with how long the step takes in a real procedure.
 * Swipe it to change step.
 */
export function Caption() {
  const { CHAPTERS, UI } = useText()
  const plan = useApp((s) => s.plan)
  const cement = useApp((s) => sideCement(s, 'main'))
  const mode = useApp((s) => s.view.mode)
  const ci = useApp((s) => chapterIndexAt(s.plan.chapters, s.t))
  const facts = useMemo(() => captionFacts(plan, cement), [plan, cement])
  const ch = plan.chapters[ci]
  const words = CHAPTERS[ch.id]
  return (
    <section className="caption" aria-live="polite" data-testid="caption" {...swipe}>
      <h2>
        <span className="step">
          {ci + 1}/{plan.chapters.length}
        </span>{' '}
        {words.title}
      </h2>
      <p>{words[mode](facts)}</p>
      <InstrumentReadout />
      {ch.minutes && <p className="minutes">{UI.procedureTime(ch.minutes[0], ch.minutes[1], plan.procedureMinutes)}</p>}
    </section>
  )
}
