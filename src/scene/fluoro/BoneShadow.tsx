import type { BufferGeometry, ShaderMaterial } from 'three'

export type BoneMaterials = { cortex: ShaderMaterial; core: ShaderMaterial }

/** A bone on the radiograph: its whole volume as cortex, less its core (the mesh moved in by the shell) as cancellous bone. */
export function BoneShadow({ geometry, mats }: { geometry: BufferGeometry; mats: BoneMaterials }) {
  return (
    <>
      <mesh geometry={geometry} material={mats.cortex} frustumCulled={false} />
      <mesh geometry={geometry} material={mats.core} frustumCulled={false} />
    </>
  )
}
