import type { BufferGeometry } from 'three'
import { StencilPasses, type CapKey } from './capping'
import { structureHandlers } from './picking'
import { COLORS } from './materials'

/** An intervertebral disc between two levels, with its cut-face stencil passes. */
export function Disc({
  upper,
  lower,
  geometry,
  cap,
}: {
  upper: string
  lower: string
  geometry: BufferGeometry
  cap: CapKey
}) {
  return (
    <>
      <mesh name={`disc.${upper}-${lower}`} geometry={geometry} {...structureHandlers('disc', `${upper}-${lower}`)}>
        <meshStandardMaterial color={COLORS.disc} roughness={0.55} />
      </mesh>
      <StencilPasses geometry={geometry} cap={cap} />
    </>
  )
}
