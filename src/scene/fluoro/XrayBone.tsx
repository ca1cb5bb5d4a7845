import { useEffect, useMemo } from 'react'
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
 * Discs, the dural sac and vessels are soft tissue: they add nothing over the background.
 */
export function XrayBone() {
  const anatomy = useApp((s) => s.anatomy)
  const plan = useSidePlan()
  const mats = useMemo(() => ({
    cortex: thicknessMaterial(MU.cortex),
    core: thicknessMaterial(MU.cancellous - MU.cortex, SHELL_MM),
    gas: thicknessMaterial(MU.gas),
  }), [])
  useEffect(() => () => { for (const m of Object.values(mats)) m.dispose() }, [mats])
  const { morph, cleft } = plan.case
  const geos = useMemo(() => anatomy && {
    below: toGeometry(anatomy.vertebraBelow),
    above: toGeometry(anatomy.vertebraAbove),
    treated: toFracturedGeometry(anatomy.treated, sharedFractureMorph(anatomy.treated, plan.layout, morph, plan.loss)),
  }, [anatomy, plan.layout, morph, plan.loss])
  useEffect(() => () => { if (geos) for (const g of Object.values(geos)) g.dispose() }, [geos])
  const slit = useMemo(() => (cleft ? cleftGeometry(plan) : null), [plan, cleft])
  useEffect(() => () => slit?.dispose(), [slit])
  if (!anatomy || !geos) return null
  return (
    <group name="xray-bone">
      <group position={[0, anatomy.belowY, 0]}>
        <BoneShadow geometry={geos.below} mats={mats} />
        <RibShadows level={anatomy.below} mats={mats} />
      </group>
      <RibShadows level={anatomy.level} mats={mats} />
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
    </group>
  )
}
