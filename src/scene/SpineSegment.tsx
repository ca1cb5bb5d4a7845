import { useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Group } from 'three'
import { useApp } from '../app/store'
import { frameState } from '../app/frameState'
import { toGeometry } from './geometry'
import { COLORS } from './materials'
import { TreatedVertebra } from './TreatedVertebra'
import { DuralSac } from './DuralSac'
import { StencilPasses } from './capping'
import { structureHandlers, vertebraHandlers } from './picking'
import { Ribs } from './Ribs'

/**
 * The vertebra below and its disc stay put; the treated vertebra deforms; the disc and vertebra above ride
 * on a pivot at the posterior-superior corner of the treated body, dropping and tilting forward as it
 * collapses (the kyphosis a wedge fracture makes).
 */
export function SpineSegment() {
  const anatomy = useApp((s) => s.anatomy)
  const pivotRef = useRef<Group>(null)
  const geos = useMemo(() => anatomy && {
    below: toGeometry(anatomy.vertebraBelow),
    discBelow: toGeometry(anatomy.discBelow),
    above: toGeometry(anatomy.vertebraAbove),
    discAbove: toGeometry(anatomy.discAbove),
  }, [anatomy])
  useEffect(() => () => { if (geos) for (const g of Object.values(geos)) g.dispose() }, [geos])

  useFrame(() => {
    const p = pivotRef.current
    if (!p) return
    const { upper } = frameState().scene
    p.position.set(0, upper.pivot.y - upper.dropMm, upper.pivot.z)
    p.rotation.set(upper.tiltRad, 0, 0)
  })

  if (!anatomy || !geos) return null
  const pivot = frameState().scene.upper.pivot
  return (
    <group name="segment">
      <group position={[0, anatomy.belowY, 0]}>
        <mesh name={`vertebra.${anatomy.below}`} geometry={geos.below} {...vertebraHandlers(anatomy.below)}>
          <meshStandardMaterial color={COLORS.bone} roughness={0.75} />
        </mesh>
        <StencilPasses geometry={geos.below} cap="vertebraBelow" />
        <Ribs level={anatomy.below} />
      </group>
      <Ribs level={anatomy.level} />
      <mesh name={`disc.${anatomy.level}-${anatomy.below}`} geometry={geos.discBelow} {...structureHandlers('disc', `${anatomy.level}-${anatomy.below}`)}>
        <meshStandardMaterial color={COLORS.disc} roughness={0.55} />
      </mesh>
      <StencilPasses geometry={geos.discBelow} cap="discBelow" />
      <TreatedVertebra mesh={anatomy.treated} level={anatomy.level} />
      <DuralSac aboveY={anatomy.aboveY} belowY={anatomy.belowY} />
      <group ref={pivotRef}>
        <group position={[0, -pivot.y, -pivot.z]}>
          <group position={[0, anatomy.aboveY, 0]}>
            <mesh name={`vertebra.${anatomy.above}`} geometry={geos.above} {...vertebraHandlers(anatomy.above)}>
              <meshStandardMaterial color={COLORS.bone} roughness={0.75} />
            </mesh>
            <StencilPasses geometry={geos.above} cap="vertebraAbove" />
            <Ribs level={anatomy.above} />
            <mesh name={`disc.${anatomy.above}-${anatomy.level}`} geometry={geos.discAbove} {...structureHandlers('disc', `${anatomy.above}-${anatomy.level}`)}>
              <meshStandardMaterial color={COLORS.disc} roughness={0.55} />
            </mesh>
            <StencilPasses geometry={geos.discAbove} cap="discAbove" />
          </group>
          <DuralSac aboveY={anatomy.aboveY} belowY={anatomy.belowY} upper />
        </group>
      </group>
    </group>
  )
}
