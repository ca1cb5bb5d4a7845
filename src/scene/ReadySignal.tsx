import { useFrame, useThree } from '@react-three/fiber'
import { store, caseDataIn } from '../app/store'

/**
 * Marks the app ready once a frame has been drawn with the case fully in it: the treated vertebra and the
 * cement field for this case are in the scene graph. useFrame runs before the render, so the flag is set
 * from the next animation frame, after that render.
 */
export function ReadySignal() {
  const scene = useThree((s) => s.scene)
  useFrame(() => {
    const s = store.getState()
    if (s.ready) return
    if (caseDataIn(s) && scene.getObjectByName(`vertebra.${s.case.level}.body`) && scene.getObjectByName('cement')) {
      requestAnimationFrame(() => store.setState({ ready: true }))
    }
  })
  return null
}
