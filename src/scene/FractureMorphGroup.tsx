import { useLayoutEffect, useRef, type ReactNode } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Group, Mesh } from 'three'
import { useApp } from '../app/store'
import { frameState } from '../app/frameState'
import { useSide } from './side'

/**
 * Children whose geometries carry the fracture morph target (addFractureMorph): each frame, their influence
 * is the current loss over the grade's full loss, the same as the treated vertebra's.
 */
export function FractureMorphGroup({ children, name }: { children: ReactNode; name?: string }) {
  const side = useSide()
  const ref = useRef<Group>(null)
  const fullLoss = useApp((s) => s.plan.loss)
  useLayoutEffect(() => {
    ref.current?.traverse((o) => {
      if ((o as Mesh).isMesh) (o as Mesh).updateMorphTargets()
    })
  })
  useFrame(() => {
    const k = fullLoss > 0 ? frameState(side).loss / fullLoss : 0
    ref.current?.traverse((o) => {
      const inf = (o as Mesh).morphTargetInfluences
      if (inf && inf.length) inf[0] = k
    })
  })
  return (
    <group ref={ref} name={name}>
      {children}
    </group>
  )
}
