import { useMemo } from 'react'
import { useApp, cementKeyOf } from '../../app/store'
import { useText } from '../../app/text'
import { answer, tryAgain } from '../../app/guide'
import { play } from '../../app/playbackActions'
import { optionsOf, outcomeOf, type Card, type Outcome } from '../../core/guide'
import type { Text } from '../../content'
import { clock, percent } from '../../core/format'
import { useFocusOnShow } from './useFocusOnShow'

/**
 * "Predict, then watch": before a step the student picks what will happen in this case; at the step's end
 * the card says what the simulation did, with the figures and why, and whether the guess was right.
 */
export function CheckpointCard({ card }: { card: Extract<Card, { kind: 'ask' | 'reveal' }> }) {
  const { CHECK } = useText()
  const plan = useApp((s) => s.plan)
  const visc = useApp((s) => s.case.visc)
  const guess = useApp((s) => s.answers[card.id])
  const cement = useApp((s) => (s.cement && s.cement.key === cementKeyOf(s.case) ? s.cement : null))
  const outcome = useMemo(
    () => (card.kind === 'reveal' ? outcomeOf(card.id, plan, cement) : null),
    [card, plan, cement],
  )
  const first = useFocusOnShow<HTMLButtonElement>(card)
  return (
    <section className={`guide-card check ${card.kind}`} aria-labelledby="guide-title">
      <p className="kicker">{CHECK.label}</p>
      <h2 id="guide-title">{CHECK.questions[card.id]}</h2>
      {card.kind === 'ask' ? (
        <>
          <div className="options" role="group" aria-labelledby="guide-title">
            {optionsOf(card.id).map((o, i) => (
              <button key={o} ref={i === 0 ? first : undefined} onClick={() => answer(card.id, o)}>
                {CHECK.options[o]}
              </button>
            ))}
          </div>
          <div className="guide-actions">
            <button onClick={play}>{CHECK.skip}</button>
          </div>
        </>
      ) : (
        <>
          {guess && (
            <p>
              {CHECK.yourGuess(CHECK.options[guess])}{' '}
              {outcome && (
                <b className={guess === outcome.answer ? 'right' : 'wrong'}>
                  {guess === outcome.answer ? CHECK.right : CHECK.wrong}
                </b>
              )}
            </p>
          )}
          {outcome ? <Explain id={card.id} outcome={outcome} visc={visc} CHECK={CHECK} /> : <p>{CHECK.waiting}</p>}
          <div className="guide-actions">
            <button onClick={() => tryAgain(card.id)}>{CHECK.again}</button>
            <button ref={first} className="primary" onClick={play}>
              {CHECK.continue}
            </button>
          </div>
        </>
      )}
    </section>
  )
}

function Explain({
  id,
  outcome,
  visc,
  CHECK,
}: {
  id: string
  outcome: Outcome
  visc: 'low' | 'medium' | 'high'
  CHECK: Text['CHECK']
}) {
  const d = outcome.detail
  if (id === 'shape') {
    return (
      <>
        <p>{CHECK.shapeResult(percent(d.front!), percent(d.middle!), percent(d.back!))}</p>
        <p>{CHECK.shapeWhy[outcome.answer as 'front']}</p>
      </>
    )
  }
  if (id === 'height')
    return (
      <>
        <p>{CHECK.heightResult(percent(d.share!))}</p>
        <p className="source">{CHECK.heightWhy}</p>
      </>
    )
  if (!d.pathway) return <p>{CHECK.leakNone}</p>
  return (
    <>
      <p>{CHECK.leakResult(CHECK.options[d.pathway], clock(d.t!))}</p>
      <p>{CHECK.leakWhy[visc]}</p>
    </>
  )
}
