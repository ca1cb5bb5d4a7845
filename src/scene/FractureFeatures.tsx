import { useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Group } from 'three'
import { frameState } from '../app/frameState'
import { fractureFeatureGeometries } from './fractureFeatureGeometry'
import { FractureMorphGroup } from './FractureMorphGroup'
import { COLORS } from './materials'
import { useSide, useSidePlan } from './side'

/**
 * What the case says about the fracture beyond its shape, each shown once the bone has broken: a crack
 * across the upper endplate, a window in the back wall with a fragment pushed toward the canal, and an
 * intravertebral cleft (a fluid-filled slit, seen through the translucent bone).
 */
export function FractureFeatures() {
  const side = useSide()
  const plan = useSidePlan()
  const { endplate, wall, cleft } = plan.case
  const ref = useRef<Group>(null)
  const geos = useMemo(() => fractureFeatureGeometries(plan), [plan])
  useEffect(
    () => () => {
      for (const g of Object.values(geos)) g.dispose()
    },
    [geos],
  )
  useFrame(() => {
    if (ref.current) ref.current.visible = frameState(side).loss > 0.005
  })
  return (
    <group ref={ref} name="fracture-features">
      <FractureMorphGroup>
        {endplate === 'cracked' && (
          <mesh name="fracture.endplate-crack" geometry={geos.crack}>
            <meshStandardMaterial color={COLORS.crack} roughness={0.9} />
          </mesh>
        )}
        {wall === 'breached' && (
          <>
            <mesh name="fracture.wall-breach" geometry={geos.window}>
              <meshStandardMaterial color={COLORS.crack} roughness={0.9} side={2} />
            </mesh>
            <mesh name="fracture.fragment" geometry={geos.fragment}>
              <meshStandardMaterial color={COLORS.boneTreated} roughness={0.8} />
            </mesh>
          </>
        )}
        {cleft && (
          <mesh name="fracture.cleft" geometry={geos.slit} renderOrder={1}>
            <meshStandardMaterial color={COLORS.cleft} roughness={0.4} transparent opacity={0.85} />
          </mesh>
        )}
      </FractureMorphGroup>
    </group>
  )
}
