import { useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { Quaternion, Vector3, type Mesh, type MeshStandardMaterial } from 'three'
import { frameState } from '../app/frameState'
import { deformY } from '../core/anatomy/fracture'
import { balloonAxes } from '../core/anatomy/balloon'
import { COLORS } from './materials'
import { structureHandlers } from './picking'
import { useSide, useSidePlan } from './side'

const up = new Vector3(0, 1, 0)
/** a deflated balloon still shows as a thin sleeve around the cannula's end */
const MIN_ACROSS_MM = 1.6

/**
 * Kyphoplasty balloons (one per cannula), inflated with contrast, and the cavity they leave once removed.
 * The cavity darkens the bone until cement fills it.
 */
export function Balloons() {
  const side = useSide()
  const plan = useSidePlan()
  const items = useMemo(() => plan.instruments.balloonCentres.map((c, i) => ({
    centre: new Vector3(...c),
    quat: new Quaternion().setFromUnitVectors(up, new Vector3(...plan.instruments.needles[i].dir)),
  })), [plan])
  const balloons = useRef<(Mesh | null)[]>([])
  const cavities = useRef<(Mesh | null)[]>([])
  const full = balloonAxes(plan.instruments.balloonMl, plan.instruments.balloonMm)
  useFrame(() => {
    const { scene } = frameState(side)
    const ax = balloonAxes(scene.balloonMl, plan.instruments.balloonMm)
    const totalCavityMl = plan.instruments.balloonMl * items.length
    const filled = totalCavityMl > 0 ? Math.min(1, scene.cementMl / totalCavityMl) : 1
    items.forEach((it, i) => {
      const y = deformY(plan.case.morph, plan.layout, scene.loss, it.centre.x, it.centre.y, it.centre.z)
      const b = balloons.current[i], c = cavities.current[i]
      if (b) {
        b.visible = plan.procedure === 'kp' && scene.balloonIn
        b.position.set(it.centre.x, y, it.centre.z)
        const across = Math.max(MIN_ACROSS_MM, ax.across)
        b.scale.set(across, ax.along, across)
      }
      if (c) {
        const show = plan.procedure === 'kp' && scene.cavity > 0.01 && filled < 0.98 && !scene.balloonIn
        c.visible = show
        c.position.set(it.centre.x, y, it.centre.z)
        c.scale.set(full.across, full.along, full.across)
        ;(c.material as MeshStandardMaterial).opacity = 0.55 * scene.cavity * (1 - filled)
      }
    })
  })
  if (plan.procedure !== 'kp') return null
  return (
    <group name="balloons">
      {items.map((it, i) => (
        <group key={i}>
          <mesh ref={(m) => { balloons.current[i] = m }} quaternion={it.quat} renderOrder={3} name="balloon" {...structureHandlers('balloon')}>
            <sphereGeometry args={[1, 32, 20]} />
            <meshStandardMaterial color={COLORS.balloon} roughness={0.25} metalness={0.1} transparent opacity={0.88} />
          </mesh>
          <mesh ref={(m) => { cavities.current[i] = m }} quaternion={it.quat} renderOrder={1} name="cavity">
            <sphereGeometry args={[1, 28, 18]} />
            {/* inner faces only: a hollow seen behind the cement that fills it, never a film over it */}
            <meshStandardMaterial color={COLORS.cavity} roughness={0.9} transparent opacity={0} depthWrite={false} side={1} />
          </mesh>
        </group>
      ))}
    </group>
  )
}
