// Whether the user asked the system for less motion (prefers-reduced-motion), kept current.
let reduced = false
if (typeof window !== 'undefined' && typeof window.matchMedia === 'function') {
  const mq = window.matchMedia('(prefers-reduced-motion: reduce)')
  reduced = mq.matches
  mq.addEventListener?.('change', (e) => {
    reduced = e.matches
  })
}

/** True when the camera should move in steps between chapters and regions should not pulse. */
export function reducedMotion(): boolean {
  return reduced
}
