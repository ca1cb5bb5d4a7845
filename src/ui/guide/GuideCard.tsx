import { useApp } from '../../app/store'
import './guide.css'
import { TourCard } from './TourCard'
import { CheckpointCard } from './CheckpointCard'

/** The card a halt shows over the scene: the patient's tour, or the student's question and its answer. */
export function GuideCard() {
  const card = useApp((s) => s.card)
  if (!card) return null
  return card.kind === 'ask' || card.kind === 'reveal' ? <CheckpointCard card={card} /> : <TourCard card={card} />
}
