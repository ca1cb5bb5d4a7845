import { useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { DoubleSide, type Mesh, type MeshBasicMaterial } from 'three'
import { frameState } from '../app/frameState'
import { INJECTION_CHAPTERS } from '../core/plans'
import { finalStopAt } from '../core/timeline'
import { stopLineZ } from '../core/cement/stop'
import { COLORS } from './materials'
import { useSide, useSidePlan } from './side'

/**
 * The operator's stop line as the 3D view shows it: a faint sheet across the body a quarter of its depth in
 * front of the back wall, while cement goes in. It turns orange once the cement has reached it and the
 * injection has stopped (cement/stop.ts); the X-ray's side view draws the same line.
 */
export function StopPlane() {
  const side = useSide()
  const plan = useSidePlan()
  const ref = useRef<Mesh>(null)
  const L = plan.layout
  useFrame(() => {
    const m = ref.current
    if (!m) return
    const v = frameState(side)
    m.visible = INJECTION_CHAPTERS.has(v.chapter) && v.cementMl > 0
    if (!m.visible) return
    // the body's height where the line is: halfway between the back wall's and the middle's
    const h = v.posteriorHeightMm + (v.middleHeightMm - v.posteriorHeightMm) / 2
    const bottom = -(L.m.VBHa + L.m.VBHp) / 4
    m.position.set(0, bottom + h / 2, stopLineZ(L))
    m.scale.set(L.m.EPW * 0.8, h, 1)
    const reached = finalStopAt(plan, v.t) === 'posterior-wall'
    ;(m.material as MeshBasicMaterial).color.set(reached ? COLORS.stopReached : COLORS.stopLine)
  })
  return (
    <mesh ref={ref} name="stop-line" renderOrder={4} visible={false}>
      <planeGeometry args={[1, 1]} />
      <meshBasicMaterial color={COLORS.stopLine} transparent opacity={0.28} depthWrite={false} side={DoubleSide} />
    </mesh>
  )
}
