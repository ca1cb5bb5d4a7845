import { useEffect, useMemo } from 'react'
import { CatmullRomCurve3, TubeGeometry, Vector3 } from 'three'
import { useApp } from '../app/store'
import { deformY } from '../core/anatomy/fracture'
import {
  BASIVERTEBRAL,
  SEGMENTAL,
  basivertebralBranches,
  basivertebralPath,
  epiduralPlexusPaths,
  segmentalPath,
} from '../core/anatomy/features'
import type { Vec3 } from '../core/anatomy/sdf'
import { addFractureMorph } from './geometry'
import { FractureMorphGroup } from './FractureMorphGroup'
import { COLORS } from './materials'
import { structureHandlers } from './picking'

const tube = (pts: Vec3[], r: number) =>
  new TubeGeometry(new CatmullRomCurve3(pts.map((p) => new Vector3(...p))), 32, r, 10, false)

/**
 * The treated vertebra's veins, where the cement voxel model has them: the basivertebral vein (with its
 * tributaries inside the body) leaving the middle of the back wall for the epidural plexus, and the segmental vein and artery around each side.
 */
export function Vessels() {
  const plan = useApp((s) => s.plan)
  const geos = useMemo(() => {
    const L = plan.layout
    const deform = (x: number, y: number, z: number) => deformY(plan.case.morph, L, plan.loss, x, y, z)
    const m = (g: TubeGeometry) => addFractureMorph(g, deform)
    const lift = (pts: Vec3[], dy: number): Vec3[] => pts.map(([x, y, z]) => [x, y + dy, z])
    return {
      basivertebral: m(tube(basivertebralPath(L), BASIVERTEBRAL.radiusMm * 0.8)),
      tributaries: basivertebralBranches(L).map((p) => m(tube(p, BASIVERTEBRAL.branchRadiusMm * 0.8))),
      plexus: epiduralPlexusPaths(L).map((p) => m(tube(p, 1.1))),
      veins: ([1, -1] as const).map((s) => m(tube(segmentalPath(L, s), SEGMENTAL.radiusMm * 0.8))),
      arteries: ([1, -1] as const).map((s) => m(tube(lift(segmentalPath(L, s), 2.8), SEGMENTAL.radiusMm * 0.6))),
    }
  }, [plan])
  useEffect(
    () => () => {
      for (const g of [geos.basivertebral, ...geos.tributaries, ...geos.plexus, ...geos.veins, ...geos.arteries])
        g.dispose()
    },
    [geos],
  )
  return (
    <FractureMorphGroup name="vessels">
      <mesh name="vein.basivertebral" geometry={geos.basivertebral} {...structureHandlers('basivertebral')}>
        <meshStandardMaterial color={COLORS.vein} roughness={0.5} />
      </mesh>
      {geos.tributaries.map((g, i) => (
        <mesh key={`b${i}`} name="vein.basivertebral" geometry={g} {...structureHandlers('basivertebral')}>
          <meshStandardMaterial color={COLORS.vein} roughness={0.5} />
        </mesh>
      ))}
      {geos.plexus.map((g, i) => (
        <mesh key={`p${i}`} name="vein.epidural" geometry={g} {...structureHandlers('epidural')}>
          <meshStandardMaterial color={COLORS.vein} roughness={0.5} />
        </mesh>
      ))}
      {geos.veins.map((g, i) => (
        <mesh
          key={`v${i}`}
          name={`vein.segmental.${i ? 'right' : 'left'}`}
          geometry={g}
          {...structureHandlers('segmental')}
        >
          <meshStandardMaterial color={COLORS.vein} roughness={0.5} />
        </mesh>
      ))}
      {geos.arteries.map((g, i) => (
        <mesh
          key={`a${i}`}
          name={`artery.segmental.${i ? 'right' : 'left'}`}
          geometry={g}
          {...structureHandlers('segmental')}
        >
          <meshStandardMaterial color={COLORS.artery} roughness={0.5} />
        </mesh>
      ))}
    </FractureMorphGroup>
  )
}
