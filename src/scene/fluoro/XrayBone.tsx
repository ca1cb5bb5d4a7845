import { useEffect, useMemo } from 'react'
import { createPortal } from '@react-three/fiber'
import type { Scene } from 'three'
import { useApp } from '../../app/store'
import { MU, SHELL_MM } from '../../core/fluoro/physics'
import { sharedFractureMorph, toFracturedGeometry, toGeometry } from '../geometry'
import { cleftGeometry } from '../fractureFeatureGeometry'
import { FractureMorphGroup } from '../FractureMorphGroup'
import { UpperPivot } from '../UpperPivot'
import { useSidePlan } from '../side'
import { thicknessMaterial } from './xrayShaders'
import { BoneShadow } from './BoneShadow'
import { RibShadows } from './RibShadows'

/**
 * The bones as the radiograph sees them: the three vertebrae of the segment, posed as in the 3D view (the
 * treated one collapsing, the one above riding on it), their ribs, and a gas-filled cleft if the case has one.
 * Discs, the dural sac and vessels are soft tissue: they add nothing over the background. The vertebrae are
 * their coarse surfaces (within 0.05 mm of the full ones: models/generate.ts). What never moves
 * (the vertebra below, the ribs of it and of the treated level) goes into `fixed`, imaged once; the rest
 * into `moving`, imaged again as the body collapses or is lifted.
 */
export function XrayBone({ fixed, moving }: { fixed: Scene; moving: Scene }) {
  const anatomy = useApp((s) => s.anatomy)
  const plan = useSidePlan()
  const mats = useMemo(
    () => ({
      cortex: thicknessMaterial(MU.cortex),
      core: thicknessMaterial(MU.cancellous - MU.cortex, SHELL_MM),
      gas: thicknessMaterial(MU.gas),
    }),
    [],
  )
  useEffect(
    () => () => {
      for (const m of Object.values(mats)) m.dispose()
    },
    [mats],
  )
  const { morph, cleft } = plan.case
  const geos = useMemo(
    () =>
      anatomy && {
        below: toGeometry(anatomy.vertebraBelow, true),
        above: toGeometry(anatomy.vertebraAbove, true),
        treated: toFracturedGeometry(
          anatomy.treated,
          sharedFractureMorph(anatomy.treated, plan.layout, morph, plan.loss),
          true,
        ),
      },
    [anatomy, plan.layout, morph, plan.loss],
  )
  useEffect(
    () => () => {
      if (geos) for (const g of Object.values(geos)) g.dispose()
    },
    [geos],
  )
  const slit = useMemo(() => (cleft ? cleftGeometry(plan) : null), [plan, cleft])
  useEffect(() => () => slit?.dispose(), [slit])
  if (!anatomy || !geos) return null
  return (
    <>
      {createPortal(
        <group name="xray-bone-fixed">
          <group position={[0, anatomy.belowY, 0]}>
            <BoneShadow geometry={geos.below} mats={mats} />
            <RibShadows level={anatomy.below} mats={mats} />
          </group>
          <RibShadows level={anatomy.level} mats={mats} />
        </group>,
        fixed,
      )}
      {createPortal(
        <group name="xray-bone-moving">
          <FractureMorphGroup>
            <BoneShadow geometry={geos.treated} mats={mats} />
            {slit && <mesh geometry={slit} material={mats.gas} frustumCulled={false} />}
          </FractureMorphGroup>
          <UpperPivot>
            <group position={[0, anatomy.aboveY, 0]}>
              <BoneShadow geometry={geos.above} mats={mats} />
              <RibShadows level={anatomy.above} mats={mats} />
            </group>
          </UpperPivot>
        </group>,
        moving,
      )}
    </>
  )
}
