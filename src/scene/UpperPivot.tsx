import { useRef, type ReactNode } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Group } from 'three'
import { frameState } from '../app/frameState'
import { useSide, useSidePlan } from './side'

/**
 * Whatever rests on the treated vertebra (the disc and vertebra above), on a pivot at the posterior-superior
 * corner of its body: it drops and tilts forward as the body collapses (the kyphosis a wedge fracture makes).
 * Children are in the treated vertebra's frame.
 */
export function UpperPivot({ children }: { children: ReactNode }) {
  const side = useSide()
  const ref = useRef<Group>(null)
  useFrame(() => {
    const p = ref.current
    if (!p) return
    const { upper } = frameState(side)
    p.position.set(0, upper.pivot.y - upper.dropMm, upper.pivot.z)
    p.rotation.set(upper.tiltRad, 0, 0)
  })
  useSidePlan() // a new plan (level) moves the pivot
  const pivot = frameState(side).upper.pivot
  return (
    <group ref={ref}>
      <group position={[0, -pivot.y, -pivot.z]}>{children}</group>
    </group>
  )
}
