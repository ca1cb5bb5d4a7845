import { useMemo, type RefObject } from 'react'
import { useThree } from '@react-three/fiber'

/**
 * The element drei's Html tags go into, fixed from the start: the canvas's outer container, where R3F
 * connects its events. Without it, a tag mounted before the events connect is moved there later, and the
 * React root drei re-creates for the move is emptied by the old root's deferred unmount: the tag is blank.
 */
export function useTagLayer(): RefObject<HTMLElement> {
  const canvas = useThree((s) => s.gl.domElement)
  return useMemo(
    () => ({ current: (canvas.parentElement?.parentElement ?? canvas.parentElement) as HTMLElement }),
    [canvas],
  )
}
