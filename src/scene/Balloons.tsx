import { useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { Quaternion, Vector3, type Mesh, type MeshStandardMaterial } from 'three'
import { frameState } from '../app/frameState'
import { balloonPoses } from '../core/poses'
import { COLORS } from './materials'
import { structureHandlers } from './picking'
import { useSide, useSidePlan } from './side'

const up = new Vector3(0, 1, 0)

/**
 * Kyphoplasty balloons (one per cannula), inflated with contrast, and the cavity they leave once removed.
 * The cavity darkens the bone until cement fills it.
 */
export function Balloons() {
  const side = useSide()
  const plan = useSidePlan()
  const quats = useMemo(
    () => plan.instruments.needles.map((n) => new Quaternion().setFromUnitVectors(up, new Vector3(...n.dir))),
    [plan],
  )
  const balloons = useRef<(Mesh | null)[]>([])
  const cavities = useRef<(Mesh | null)[]>([])
  useFrame(() => {
    balloonPoses(plan, frameState(side)).forEach((p, i) => {
      const b = balloons.current[i],
        c = cavities.current[i]
      if (b) {
        b.visible = p.balloon.show
        b.position.set(...p.centre)
        b.scale.set(p.balloon.across, p.balloon.along, p.balloon.across)
      }
      if (c) {
        c.visible = p.cavity.show
        c.position.set(...p.centre)
        c.scale.set(p.cavity.across, p.cavity.along, p.cavity.across)
        ;(c.material as MeshStandardMaterial).opacity = 0.55 * p.cavity.empty
      }
    })
  })
  if (plan.procedure !== 'kp') return null
  return (
    <group name="balloons">
      {quats.map((quat, i) => (
        <group key={i}>
          <mesh
            ref={(m) => {
              balloons.current[i] = m
            }}
            quaternion={quat}
            renderOrder={3}
            name="balloon"
            {...structureHandlers('balloon')}
          >
            <sphereGeometry args={[1, 32, 20]} />
            <meshStandardMaterial color={COLORS.balloon} roughness={0.25} metalness={0.1} transparent opacity={0.88} />
          </mesh>
          <mesh
            ref={(m) => {
              cavities.current[i] = m
            }}
            quaternion={quat}
            renderOrder={1}
            name="cavity"
          >
            <sphereGeometry args={[1, 28, 18]} />
            {/* inner faces only: a hollow seen behind the cement that fills it, never a film over it */}
            <meshStandardMaterial
              color={COLORS.cavity}
              roughness={0.9}
              transparent
              opacity={0}
              depthWrite={false}
              side={1}
            />
          </mesh>
        </group>
      ))}
    </group>
  )
}
