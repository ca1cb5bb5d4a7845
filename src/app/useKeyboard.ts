import { useEffect } from 'react'
import { store } from './store'
import { chapterStep, seek, togglePlay } from './actions'

/** Seconds one arrow press moves. */
const STEP_S = 2

/**
 * Space plays or pauses; Left and Right move 2 s; Up and Down (or Page Up and Page Down) go to the
 * previous or next step; Home and End go to the start and the end. Keys typed into a field are left alone.
 */
export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null
      if (el && (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName))) return
      if (e.altKey || e.ctrlKey || e.metaKey) return
      const { t, plan } = store.getState()
      const actions: Record<string, () => void> = {
        ' ': togglePlay,
        ArrowLeft: () => seek(t - STEP_S),
        ArrowRight: () => seek(t + STEP_S),
        ArrowUp: () => chapterStep(-1),
        PageUp: () => chapterStep(-1),
        ArrowDown: () => chapterStep(1),
        PageDown: () => chapterStep(1),
        Home: () => seek(0),
        End: () => seek(plan.duration),
      }
      const act = actions[e.key]
      if (!act) return
      // a focused button would also "click" on Space: the shortcut wins
      e.preventDefault()
      act()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
