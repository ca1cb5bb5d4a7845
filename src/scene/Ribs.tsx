import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Vector3, type Mesh, type MeshStandardMaterial } from 'three'
import { ribTubes } from './ribTubes'
import { structureHandlers } from './picking'
import { COLORS } from './materials'

const eye = new Vector3()

/**
 * The backs of a thoracic level's two ribs, in that vertebra's frame (render it inside the vertebra's
 * group). The rib on the camera's side fades to a ghost, as illustrators draw it, so it never hides the
 * vertebra; the far one stays solid.
 */
export function Ribs({ level }: { level: string }) {
  const camera = useThree((s) => s.camera)
  const geos = useMemo(() => ribTubes(level), [level])
  useEffect(
    () => () => {
      for (const g of geos) g.dispose()
    },
    [geos],
  )
  const meshes = useRef<(Mesh | null)[]>([])
  useFrame(() => {
    meshes.current.forEach((m, i) => {
      if (!m?.parent) return
      m.parent.worldToLocal(eye.copy(camera.position)).normalize()
      const side = i === 0 ? 1 : -1
      const opacity = 1 - 0.75 * Math.max(0, Math.min(1, (side * eye.x - 0.2) / 0.5))
      const mat = m.material as MeshStandardMaterial
      const transparent = opacity < 0.999
      if (mat.transparent !== transparent) {
        mat.transparent = transparent
        mat.depthWrite = !transparent
        mat.needsUpdate = true
      }
      mat.opacity = opacity
      // a faded rib glows faintly so it reads as bone seen through, not as a shadow
      mat.emissive.setScalar(0.55 * (1 - opacity))
    })
  })
  return (
    <>
      {geos.map((g, i) => (
        <mesh
          key={i}
          ref={(m) => {
            meshes.current[i] = m
          }}
          name={`rib.${level}.${i ? 'right' : 'left'}`}
          geometry={g}
          renderOrder={3}
          {...structureHandlers('rib', level)}
        >
          <meshStandardMaterial color={COLORS.rib} roughness={0.75} />
        </mesh>
      ))}
    </>
  )
}
