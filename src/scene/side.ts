// Which procedure a scene draws. One canvas per procedure: 'main' is the case's, 'compare' vertebroplasty
// beside kyphoplasty (proc=compare). Components read their plan, cement field and frame state through these,
// so the same component draws either side.
import { createContext, useContext } from 'react'
import { useApp, type AppState } from '../app/store'
import type { SideId } from '../app/frameState'

export const SideContext = createContext<SideId>('main')

export function useSide(): SideId {
  return useContext(SideContext)
}

const pick = <K extends 'plan' | 'cement' | 'cementTexture'>(s: AppState, side: SideId, key: K): AppState[K] =>
  (side === 'compare' && s.compare ? s.compare[key] : s[key]) as AppState[K]

/** This side's plan. */
export function useSidePlan(): AppState['plan'] {
  const side = useSide()
  return useApp((s) => pick(s, side, 'plan'))
}

/** This side's cement field summary (leak curves and events). */
export function useSideCement(): AppState['cement'] {
  const side = useSide()
  return useApp((s) => pick(s, side, 'cement'))
}

/** This side's cement field as texture data. */
export function useSideTexture(): AppState['cementTexture'] {
  const side = useSide()
  return useApp((s) => pick(s, side, 'cementTexture'))
}
