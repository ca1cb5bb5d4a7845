import { useEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { OrbitControls } from '@react-three/drei'
import { Vector3 } from 'three'
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib'
import { store } from '../app/store'
import { frameState } from '../app/frameState'
import { requestFrame } from '../app/invalidate'
import { setFollowCamera } from '../app/viewActions'
import { reducedMotion } from '../app/reducedMotion'
import { steadyCameraTime, storyCamera } from '../core/timeline'
import { publishView, userView } from './cameraLink'

const target = new Vector3()
const SECTION_VIEWS = {
  sagittal: { az: 90, el: 4, dist: 135, y: 0 },
  axial: { az: 180, el: 78, dist: 135, y: 0 },
} as const
const RAD = Math.PI / 180
/** Width over height the story's shots are framed for; a narrower view (a tall tablet, a compared pane) steps back. */
const FRAMED_ASPECT = 1.6

/**
 * Orbit, zoom and pan with mouse or touch. Until the user moves the camera, it follows the story's camera
 * track (a pure function of t, so scrubbing back gives the same view); "Guided view" turns that back on.
 * Under prefers-reduced-motion the story's camera holds still within a chapter. With two canvases (two
 * procedures compared) both follow the case's story, and a drag in one moves the other the same way.
 */
export function CameraRig() {
  const controls = useThree((s) => s.controls) as unknown as OrbitControlsImpl | null
  const camera = useThree((s) => s.camera)
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height))
  const seen = useRef(0) // a canvas that opens after a drag takes the dragged view
  useEffect(() => {
    if (!controls) return
    // a tap is not a move: the story lets go of the camera only when a drag actually moves it
    let dragging = false
    const onStart = () => {
      dragging = true
    }
    const onEnd = () => {
      dragging = false
    }
    const onChange = () => {
      if (!dragging) return
      if (store.getState().followCamera) setFollowCamera(false)
      publishView(controls, camera.position, controls.target)
      seen.current = userView.version
      requestFrame()
    }
    controls.addEventListener('start', onStart)
    controls.addEventListener('end', onEnd)
    controls.addEventListener('change', onChange)
    return () => {
      controls.removeEventListener('start', onStart)
      controls.removeEventListener('end', onEnd)
      controls.removeEventListener('change', onChange)
    }
  }, [controls, camera])
  useFrame(() => {
    const s = store.getState()
    if (!controls) return
    if (!s.followCamera) {
      // another canvas's drag (or one made before this canvas opened): take its view
      if (userView.version !== seen.current && userView.source !== controls) {
        seen.current = userView.version
        camera.position.copy(userView.position)
        controls.target.copy(userView.target)
        controls.update()
      }
      return
    }
    // a cut is looked at square on: from the left for a sagittal cut, from above for an axial one
    // with reduced motion, one steady view per chapter: the camera changes in steps, never glides
    const story = reducedMotion() ? storyCamera(s.plan, steadyCameraTime(s.plan, frameState().t)) : frameState().camera
    const { az, el, dist: framed, y } = s.section.on ? SECTION_VIEWS[s.section.kind] : story
    const dist = framed * Math.max(1, FRAMED_ASPECT / aspect)
    target.set(0, y, -8)
    camera.position.set(
      target.x + dist * Math.cos(el * RAD) * Math.sin(az * RAD),
      target.y + dist * Math.sin(el * RAD),
      target.z + dist * Math.cos(el * RAD) * Math.cos(az * RAD),
    )
    controls.target.copy(target)
    camera.lookAt(target)
    controls.update()
  }, -1)
  return (
    <OrbitControls
      makeDefault
      enableDamping={false}
      minDistance={60}
      maxDistance={520}
      minPolarAngle={0.15}
      maxPolarAngle={Math.PI - 0.15}
    />
  )
}
