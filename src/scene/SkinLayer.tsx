import { useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { CanvasTexture, type Group, type Mesh, type MeshStandardMaterial } from 'three'
import { frameState } from '../app/frameState'
import { COLORS } from './materials'
import { useSide, useSidePlan } from './side'

/**
 * The skin of the back (the patient lies face down), shown from preparation through needle placement: a
 * translucent sheet behind the spine, with a spot where the skin is numbed at each needle entry.
 */
export function SkinLayer() {
  const side = useSide()
  const plan = useSidePlan()
  const sheet = useRef<Mesh>(null)
  const fade = useMemo(softEdge, [])
  useEffect(() => () => fade.dispose(), [fade])
  const spots = useRef<Group>(null)
  useFrame(() => {
    const scene = frameState(side)
    if (sheet.current) {
      sheet.current.visible = scene.skin > 0.01
      ;(sheet.current.material as MeshStandardMaterial).opacity = 0.38 * scene.skin
    }
    if (spots.current) {
      spots.current.visible = scene.numb > 0.01
      spots.current.scale.setScalar(0.4 + 0.6 * scene.numb)
    }
  })
  const z = plan.instruments.skinZ
  return (
    <group name="skin">
      <mesh ref={sheet} position={[0, 0, z]} rotation={[0, Math.PI, 0]} renderOrder={4}>
        <planeGeometry args={[150, 130]} />
        <meshStandardMaterial
          color={COLORS.skin}
          alphaMap={fade}
          transparent
          opacity={0}
          depthWrite={false}
          side={2}
          roughness={0.8}
        />
      </mesh>
      <group ref={spots}>
        {plan.instruments.needles.map((n, i) => (
          <mesh key={i} position={[n.skin[0], n.skin[1], z - 0.5]} renderOrder={5}>
            <circleGeometry args={[6, 32]} />
            <meshBasicMaterial color={COLORS.numb} transparent opacity={0.7} depthWrite={false} side={2} />
          </mesh>
        ))}
      </group>
    </group>
  )
}

/** An alpha map that fades the sheet out toward its edges, so it reads as skin, not a board. */
function softEdge(): CanvasTexture {
  const c = document.createElement('canvas')
  c.width = c.height = 128
  const g = c.getContext('2d')!
  const r = g.createRadialGradient(64, 64, 10, 64, 64, 64)
  r.addColorStop(0, '#fff')
  r.addColorStop(0.55, '#bbb')
  r.addColorStop(1, '#000')
  g.fillStyle = r
  g.fillRect(0, 0, 128, 128)
  return new CanvasTexture(c)
}
