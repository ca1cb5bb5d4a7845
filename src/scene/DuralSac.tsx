import { useEffect, useMemo } from 'react'
import { CylinderGeometry } from 'three'
import { useApp } from '../app/store'
import { COLORS } from './materials'
import { StencilPasses } from './capping'
import { structureHandlers } from './picking'

/**
 * The dural sac in the canal, in two halves: the lower one fixed, the upper one riding with the vertebra
 * above (pass `upper`), meeting at the pivot behind the treated body. Closed, so a cut shows it solid.
 */
export function DuralSac({ aboveY, belowY, upper = false }: { aboveY: number; belowY: number; upper?: boolean }) {
  const L = useApp((s) => s.plan.layout)
  const r = Math.min(L.m.SCW, L.m.SCD) * 0.36
  const z = L.zPost - L.m.SCD * 0.5
  const pivotY = L.m.VBHp / 2
  const top = upper ? aboveY + 22 : pivotY
  const bottom = upper ? pivotY : belowY - 22
  const geometry = useMemo(() => new CylinderGeometry(r, r, top - bottom, 28, 1, false), [r, top, bottom])
  useEffect(() => () => geometry.dispose(), [geometry])
  return (
    <group position={[0, (top + bottom) / 2, z]}>
      <mesh name={upper ? 'canal.upper' : 'canal'} geometry={geometry} {...structureHandlers('sac')}>
        <meshStandardMaterial color={COLORS.dura} roughness={0.5} />
      </mesh>
      <StencilPasses geometry={geometry} cap={upper ? 'sacUpper' : 'sac'} />
    </group>
  )
}
