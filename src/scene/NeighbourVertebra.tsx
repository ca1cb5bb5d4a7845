import type { BufferGeometry } from 'three'
import { StencilPasses, type CapKey } from './capping'
import { vertebraHandlers } from './picking'
import { Ribs } from './Ribs'
import { COLORS } from './materials'

/** A vertebra next to the treated one: its mesh, its cut-face stencil passes and (thoracic) its ribs. */
export function NeighbourVertebra({ level, geometry, cap }: { level: string; geometry: BufferGeometry; cap: CapKey }) {
  return (
    <>
      <mesh name={`vertebra.${level}`} geometry={geometry} {...vertebraHandlers(level)}>
        <meshStandardMaterial color={COLORS.bone} roughness={0.75} />
      </mesh>
      <StencilPasses geometry={geometry} cap={cap} />
      <Ribs level={level} />
    </>
  )
}
