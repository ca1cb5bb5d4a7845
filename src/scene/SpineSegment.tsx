import { useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Group } from 'three'
import { useApp } from '../app/store'
import { frameState } from '../app/frameState'
import { toGeometry } from './geometry'
import { TreatedVertebra } from './TreatedVertebra'
import { DuralSac } from './DuralSac'
import { Ribs } from './Ribs'
import { NeighbourVertebra } from './NeighbourVertebra'
import { Disc } from './Disc'
import { useSide } from './side'

/**
 * The vertebra below and its disc stay put; the treated vertebra deforms; the disc and vertebra above ride
 * on a pivot at the posterior-superior corner of the treated body, dropping and tilting forward as it
 * collapses (the kyphosis a wedge fracture makes).
 */
export function SpineSegment() {
  const side = useSide()
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
    const { upper } = frameState(side).scene
    p.position.set(0, upper.pivot.y - upper.dropMm, upper.pivot.z)
    p.rotation.set(upper.tiltRad, 0, 0)
  })

  if (!anatomy || !geos) return null
  const pivot = frameState(side).scene.upper.pivot
  return (
    <group name="segment">
      <group position={[0, anatomy.belowY, 0]}>
        <NeighbourVertebra level={anatomy.below} geometry={geos.below} cap="vertebraBelow" />
      </group>
      <Ribs level={anatomy.level} />
      <Disc upper={anatomy.level} lower={anatomy.below} geometry={geos.discBelow} cap="discBelow" />
      <TreatedVertebra mesh={anatomy.treated} level={anatomy.level} />
      <DuralSac aboveY={anatomy.aboveY} belowY={anatomy.belowY} />
      <group ref={pivotRef}>
        <group position={[0, -pivot.y, -pivot.z]}>
          <group position={[0, anatomy.aboveY, 0]}>
            <NeighbourVertebra level={anatomy.above} geometry={geos.above} cap="vertebraAbove" />
            <Disc upper={anatomy.above} lower={anatomy.level} geometry={geos.discAbove} cap="discAbove" />
          </group>
          <DuralSac aboveY={anatomy.aboveY} belowY={anatomy.belowY} upper />
        </group>
      </group>
    </group>
  )
}
