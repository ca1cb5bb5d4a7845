import { useEffect } from 'react'
import { store } from './store'
import { SKIP_S, chapterStep, seek, skip, step, togglePlay } from './playbackActions'

/** Seconds one arrow press moves. */
const ARROW_S = 2

/**
 * Space or K plays or pauses; Left and Right move 2 s, J and L 5 s; comma and period pause and step 0.1 s;
 * Up and Down, Page Up and Page Down, P and N go to the previous or next chapter; Home and End go to the
 * start and the end. Keys typed into a field are left alone.
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
        k: togglePlay,
        ArrowLeft: () => seek(t - ARROW_S),
        ArrowRight: () => seek(t + ARROW_S),
        j: () => skip(-SKIP_S),
        l: () => skip(SKIP_S),
        ',': () => step(-1),
        '.': () => step(1),
        p: () => chapterStep(-1),
        n: () => chapterStep(1),
        ArrowUp: () => chapterStep(-1),
        PageUp: () => chapterStep(-1),
        ArrowDown: () => chapterStep(1),
        PageDown: () => chapterStep(1),
        Home: () => seek(0),
        End: () => seek(plan.duration),
      }
      const act = actions[e.key.length === 1 ? e.key.toLowerCase() : e.key]
      if (!act) return
      // a focused button would also "click" on Space: the shortcut wins
      e.preventDefault()
      act()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
