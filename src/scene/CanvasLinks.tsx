import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { addInvalidate } from '../app/invalidate'
import { registerCapture } from '../app/snapshot'
import type { SideId } from '../app/frameState'

/**
 * While mounted, this canvas draws whenever an action asks any canvas to, and (unless `capture` is false)
 * gives its picture to the summary as its side's.
 */
export function CanvasLinks({ side, capture = true }: { side: SideId; capture?: boolean }) {
  const invalidate = useThree((s) => s.invalidate)
  const get = useThree((s) => s.get)
  useEffect(() => addInvalidate(() => invalidate()), [invalidate])
  useEffect(() => {
    if (!capture) return
    registerCapture(side, () => {
      const { gl, scene, camera } = get()
      gl.render(scene, camera)
      return gl.domElement
    })
    return () => registerCapture(side, null)
  }, [side, get, capture])
  return null
}
