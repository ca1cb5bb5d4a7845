import { useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { Quaternion, Vector3, type Group } from 'three'
import { frameState } from '../app/frameState'
import { needleAim, type NeedlePath } from '../core/anatomy/instruments'
import { trocarPose } from '../core/poses'
import { COLORS } from './materials'
import { structureHandlers } from './picking'
import { useSide, useSidePlan } from './side'

const up = new Vector3(0, 1, 0)

/**
 * One trocar: from its skin entry toward the tip in the front third of the body, advanced to the current
 * depth (kyphoplasty's working cannula only to just past the back wall, with the hand drill going on from its
 * tip while it opens the balloon's channel). Its aim is fixed when it is placed (after the fracture), so it stays
 * rigid when the body moves.
 */
export function Needle({ path }: { path: NeedlePath }) {
  const side = useSide()
  const plan = useSidePlan()
  const ref = useRef<Group>(null)
  const shaft = useRef<Group>(null)
  const drill = useRef<Group>(null)
  const { origin, quat, length } = useMemo(() => {
    const aim = needleAim(path, plan.case, plan.layout, plan.loss)
    return {
      origin: new Vector3(...aim.origin),
      quat: new Quaternion().setFromUnitVectors(up, new Vector3(...aim.dir)),
      length: aim.length,
    }
  }, [plan, path])
  useFrame(() => {
    const g = ref.current,
      s = shaft.current,
      d = drill.current
    if (!g || !s || !d) return
    const { depth, drill: reach } = trocarPose(plan, path, length, frameState(side))
    g.visible = depth > 0.5
    s.scale.set(1, Math.max(depth, 0.01), 1)
    d.visible = reach > 0.3
    d.position.set(0, depth, 0)
    d.scale.set(1, Math.max(reach, 0.01), 1)
  })
  return (
    <group ref={ref} name="needle" position={origin} quaternion={quat} {...structureHandlers('needle')}>
      <group ref={shaft}>
        <mesh position={[0, 0.5, 0]}>
          <cylinderGeometry args={[path.radiusMm, path.radiusMm, 1, 16]} />
          <meshStandardMaterial color={COLORS.needle} metalness={0.85} roughness={0.3} />
        </mesh>
      </group>
      <group ref={drill} visible={false} name="drill">
        <mesh position={[0, 0.5, 0]}>
          <cylinderGeometry args={[path.radiusMm * 0.6, path.radiusMm * 0.6, 1, 12]} />
          <meshStandardMaterial color={COLORS.drill} metalness={0.7} roughness={0.35} />
        </mesh>
      </group>
      <mesh position={[0, -14, 0]} rotation={[0, 0, Math.PI / 2]}>
        <cylinderGeometry args={[4, 4, 26, 16]} />
        <meshStandardMaterial color={COLORS.needleHandle} roughness={0.4} />
      </mesh>
      <mesh position={[0, -6, 0]}>
        <cylinderGeometry args={[2.2, 2.2, 12, 16]} />
        <meshStandardMaterial color={COLORS.needleHandle} roughness={0.4} />
      </mesh>
    </group>
  )
}
