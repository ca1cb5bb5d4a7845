import { useEffect, useRef } from 'react'

/** Moves the keyboard (and a screen reader) to the card's main button each time the card changes. */
export function useFocusOnShow<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null)
  useEffect(() => {
    ref.current?.focus({ preventScroll: true })
  }, [key])
  return ref
}
