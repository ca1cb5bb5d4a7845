// React's view of the playing frame, without a commit per frame (zustand's transient updates, for the
// playhead). useFrameValue re-renders only when what it selects changes (a chapter, a leak seen, a stop);
// useFrameEffect writes what moves every frame straight to the DOM (the scrubber's fill, the readouts).
import { useLayoutEffect, useRef, useSyncExternalStore, type DependencyList } from 'react'
import { store, type AppState } from './store'
import { subscribeFrame } from './playhead'
import { frameState, type SideId } from './frameState'
import type { SceneState } from '../core/timeline'

/**
 * A value of a side's frame: the component re-renders when it changes, not when the frame does. The selector
 * must return a primitive (or a value kept between calls), as zustand's selectors do.
 */
export function useFrameValue<T>(select: (scene: SceneState, s: AppState) => T, side: SideId = 'main'): T {
  const get = () => select(frameState(side), store.getState())
  return useSyncExternalStore(subscribeFrame, get, get)
}

/** Runs `write` now, after every played frame and after every store change, until unmount or a deps change. */
export function useFrameEffect(
  write: (scene: SceneState, s: AppState) => void,
  deps: DependencyList,
  side: SideId = 'main',
): void {
  const fn = useRef(write)
  fn.current = write
  useLayoutEffect(() => {
    const run = () => fn.current(frameState(side), store.getState())
    run()
    return subscribeFrame(run)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [side, ...deps])
}
