import { useEffect, useMemo } from 'react'
import { useApp } from '../app/store'
import { toGeometry } from './geometry'
import { TreatedVertebra } from './TreatedVertebra'
import { DuralSac } from './DuralSac'
import { Ribs } from './Ribs'
import { NeighbourVertebra } from './NeighbourVertebra'
import { Disc } from './Disc'
import { UpperPivot } from './UpperPivot'

/** The vertebra below and its disc stay put; the treated vertebra deforms; the disc and vertebra above ride on its collapse. */
export function SpineSegment() {
  const anatomy = useApp((s) => s.anatomy)
  const geos = useMemo(
    () =>
      anatomy && {
        below: toGeometry(anatomy.vertebraBelow),
        discBelow: toGeometry(anatomy.discBelow),
        above: toGeometry(anatomy.vertebraAbove),
        discAbove: toGeometry(anatomy.discAbove),
      },
    [anatomy],
  )
  useEffect(
    () => () => {
      if (geos) for (const g of Object.values(geos)) g.dispose()
    },
    [geos],
  )

  if (!anatomy || !geos) return null
  return (
    <group name="segment">
      <group position={[0, anatomy.belowY, 0]}>
        <NeighbourVertebra level={anatomy.below} geometry={geos.below} cap="vertebraBelow" />
      </group>
      <Ribs level={anatomy.level} />
      <Disc upper={anatomy.level} lower={anatomy.below} geometry={geos.discBelow} cap="discBelow" />
      <TreatedVertebra mesh={anatomy.treated} level={anatomy.level} />
      <DuralSac aboveY={anatomy.aboveY} belowY={anatomy.belowY} />
      <UpperPivot>
        <group position={[0, anatomy.aboveY, 0]}>
          <NeighbourVertebra level={anatomy.above} geometry={geos.above} cap="vertebraAbove" />
          <Disc upper={anatomy.above} lower={anatomy.level} geometry={geos.discAbove} cap="discAbove" />
        </group>
        <DuralSac aboveY={anatomy.aboveY} belowY={anatomy.belowY} upper />
      </UpperPivot>
    </group>
  )
}
