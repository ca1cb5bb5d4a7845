import { useEffect, useMemo } from 'react'
import { CatmullRomCurve3, TubeGeometry, Vector3 } from 'three'
import { layoutFor } from '../core/anatomy/vertebra'
import { hasRibs, ribPath, RIB_RADIUS_MM } from '../core/anatomy/ribs'
import { structureHandlers } from './picking'
import { COLORS } from './materials'

/** The backs of a thoracic level's two ribs, in that vertebra's frame (render it inside the vertebra's group). */
export function Ribs({ level }: { level: string }) {
  const geos = useMemo(() => {
    if (!hasRibs(level)) return []
    const L = layoutFor(level)
    return ([1, -1] as const).map((s) => new TubeGeometry(new CatmullRomCurve3(ribPath(L, s).map((p) => new Vector3(...p))), 48, RIB_RADIUS_MM, 12, false))
  }, [level])
  useEffect(() => () => { for (const g of geos) g.dispose() }, [geos])
  return (
    <>
      {geos.map((g, i) => (
        <mesh key={i} name={`rib.${level}.${i ? 'right' : 'left'}`} geometry={g} {...structureHandlers('rib', level)}>
          <meshStandardMaterial color={COLORS.rib} roughness={0.75} />
        </mesh>
      ))}
    </>
  )
}
