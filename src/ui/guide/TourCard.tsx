import type { ReactNode } from 'react'
import { useApp } from '../../app/store'
import { useText } from '../../app/text'
import { restartTour, watchAgain } from '../../app/guide'
import { play } from '../../app/playbackActions'
import { setView } from '../../app/viewActions'
import type { Card } from '../../core/guide'
import { useFocusOnShow } from './useFocusOnShow'

/**
 * The patient's tour: a welcome, a card at the end of every step, and a last card on recovery at home and how
 * much it helps. On the way the cards tell the whole story: who it is for and the choice of waiting (after the
 * fracture), getting ready, what you may feel (after the needle), the rare risks (after the cement), and what
 * happens next (after the final pictures). Big words, one big button to go on.
 */
export function TourCard({ card }: { card: Exclude<Card, { kind: 'ask' | 'reveal' }> }) {
  const { TOUR, CHAPTERS, UI } = useText()
  const plan = useApp((s) => s.plan)
  const compare = useApp((s) => s.view.compare)
  const view = useApp((s) => s.view.view)
  const main = useFocusOnShow<HTMLButtonElement>(card)
  const n = plan.chapters.length
  let title: string,
    kicker: string | null = null,
    body: ReactNode
  if (card.kind === 'start') {
    title = TOUR.startTitle(compare ? UI.bothProcedures : UI[plan.procedure])
    body = <p>{TOUR.startText}</p>
  } else if (card.kind === 'step') {
    const i = plan.chapters.findIndex((c) => c.id === card.chapter)
    kicker = TOUR.stepDone(i + 1, n)
    title = CHAPTERS[card.chapter].title
    const next = plan.chapters[i + 1]
    body = (
      <>
        {card.chapter === 'fracture' && <List title={TOUR.forYouTitle} items={TOUR.forYou} />}
        {card.chapter === 'preparation' && <List title={TOUR.prepareTitle} items={TOUR.prepare} />}
        {card.chapter === 'needle-placement' && <List title={TOUR.feelTitle} items={TOUR.feel} />}
        {card.chapter === 'needle-placement' && !compare && <XrayOffer shown={view !== '3d'} text={TOUR.xray} />}
        {(card.chapter === 'cement-injection' || card.chapter === 'cavity-fill') && (
          <List title={TOUR.risksTitle} items={TOUR.risks} />
        )}
        {card.chapter === 'final-images' && <List title={TOUR.nextTitle} items={TOUR.afterwards} />}
        {next && <p className="next">{TOUR.next(CHAPTERS[next.id].title)}</p>}
      </>
    )
  } else {
    title = TOUR.endTitle
    body = (
      <>
        <List items={TOUR.recover} />
        <List title={TOUR.helpTitle} items={TOUR.help} />
      </>
    )
  }
  return (
    <section
      className={`guide-card tour ${card.kind}${card.kind === 'step' && view !== '3d' ? ' with-xray' : ''}`}
      aria-labelledby="guide-title"
    >
      {kicker && <p className="kicker">{kicker}</p>}
      <h2 id="guide-title">{title}</h2>
      {body}
      <div className="guide-actions">
        {card.kind !== 'start' && <button onClick={watchAgain}>{TOUR.again}</button>}
        {card.kind === 'end' ? (
          <button ref={main} className="primary" onClick={restartTour}>
            {TOUR.restart}
          </button>
        ) : (
          <button ref={main} className="primary" onClick={play}>
            {card.kind === 'start' ? TOUR.start : TOUR.continue}
          </button>
        )}
      </div>
    </section>
  )
}

/** After the needle step: the doctor steers by X-ray; the patient may see those pictures beside the model. */
function XrayOffer({ shown, text }: { shown: boolean; text: { say: string; show: string; hide: string } }) {
  return (
    <>
      <p>{text.say}</p>
      <button onClick={() => setView(shown ? '3d' : 'split')}>{shown ? text.hide : text.show}</button>
    </>
  )
}

function List({ title, items }: { title?: string; items: readonly string[] }) {
  return (
    <>
      {title && <h3>{title}</h3>}
      <ul>
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </>
  )
}
