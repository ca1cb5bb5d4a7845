// kiosk=1, for a clinic's unattended tablet: after two minutes without a touch, a key or a wheel (and
// nothing playing), the app goes back to where it was opened: its mode, its language, the story's start.
import { store } from './store'
import { setLang, setMode } from './viewActions'
import { resetToStart } from './guide'

export const KIOSK_IDLE_MS = 120_000
const INPUT = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

export function startKiosk(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  idleMs = KIOSK_IDLE_MS,
): () => void {
  const home = store.getState().view
  let timer: ReturnType<typeof setTimeout> | undefined
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(idle, idleMs)
  }
  const idle = () => {
    if (store.getState().clock.playing) return arm() // someone is watching
    setMode(home.mode)
    setLang(home.lang)
    resetToStart()
    arm()
  }
  for (const e of INPUT) target.addEventListener(e, arm, { passive: true, capture: true })
  arm()
  return () => {
    clearTimeout(timer)
    for (const e of INPUT) target.removeEventListener(e, arm, { capture: true })
  }
}
