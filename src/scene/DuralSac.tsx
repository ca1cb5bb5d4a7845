import { useApp } from '../app/store'
import { COLORS } from './materials'

/**
 * The dural sac in the canal, in two halves: the lower one fixed, the upper one riding with the vertebra
 * above (pass `upper`), meeting at the pivot behind the treated body.
 */
export function DuralSac({ aboveY, belowY, upper = false }: { aboveY: number; belowY: number; upper?: boolean }) {
  const L = useApp((s) => s.plan.layout)
  const r = Math.min(L.m.SCW, L.m.SCD) * 0.36
  const z = L.zPost - L.m.SCD * 0.5
  const pivotY = L.m.VBHp / 2
  const top = upper ? aboveY + 22 : pivotY
  const bottom = upper ? pivotY : belowY - 22
  return (
    <mesh name={upper ? 'canal.upper' : 'canal'} position={[0, (top + bottom) / 2, z]}>
      <cylinderGeometry args={[r, r, top - bottom, 28, 1, true]} />
      <meshStandardMaterial color={COLORS.dura} roughness={0.5} side={2} />
    </mesh>
  )
}
