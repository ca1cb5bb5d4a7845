import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { Color, type Mesh, type MeshStandardMaterial } from 'three'
import type { MeshData } from '../core/anatomy/surfaceNets'
import { frameState } from '../app/frameState'
import { useApp } from '../app/store'
import { sharedFractureMorph, toFracturedGeometry } from './geometry'
import { COLORS } from './materials'
import { StencilPasses } from './capping'
import { vertebraHandlers } from './picking'
import { useSide } from './side'

const glow = new Color(COLORS.fractureGlow)

/**
 * The treated vertebra. Its collapse is morph target 0, weighted by the current loss over the grade's full
 * loss; it glows briefly as it breaks, and turns translucent while instruments and cement are inside.
 */
export function TreatedVertebra({ mesh, level }: { mesh: MeshData; level: string }) {
  const side = useSide()
  const layout = useApp((s) => s.plan.layout)
  const morph = useApp((s) => s.case.morph)
  const fullLoss = useApp((s) => s.plan.loss)
  const fracture = useMemo(() => sharedFractureMorph(mesh, layout, morph, fullLoss), [mesh, layout, morph, fullLoss])
  const geometry = useMemo(() => toFracturedGeometry(mesh, fracture), [mesh, fracture])
  useEffect(() => () => geometry.dispose(), [geometry])
  const ref = useRef<Mesh>(null)
  // a geometry given after the mesh exists brings no morph influences of its own (R3F #309)
  useLayoutEffect(() => {
    ref.current?.updateMorphTargets()
  }, [geometry])
  useFrame(() => {
    const m = ref.current
    if (!m || !m.morphTargetInfluences) return
    const scene = frameState(side)
    m.morphTargetInfluences[0] = fracture.fullLoss > 0 ? scene.loss / fracture.fullLoss : 0
    const mat = m.material as MeshStandardMaterial
    const opacity = 1 - 0.62 * scene.ghost
    const transparent = opacity < 0.999
    if (mat.transparent !== transparent) {
      mat.transparent = transparent
      mat.needsUpdate = true
    }
    mat.opacity = opacity
    mat.depthWrite = !transparent
    // glow while the fracture happens: strongest mid-collapse, gone when healed into its new shape
    const u = scene.chapterProgress
    const k = scene.chapter === 'fracture' && u > 0 && u < 1 ? Math.sin(Math.PI * u) * 0.55 : 0
    mat.emissive.copy(glow).multiplyScalar(k)
  })
  return (
    <>
      <mesh
        ref={ref}
        name={`vertebra.${level}.body`}
        geometry={geometry}
        renderOrder={2}
        {...vertebraHandlers(level, true, side)}
      >
        <meshStandardMaterial color={COLORS.boneTreated} roughness={0.7} />
      </mesh>
      <StencilPasses geometry={geometry} cap="treated" source={ref} />
    </>
  )
}
