import { useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { BackSide, ShaderMaterial, Vector4, type Mesh } from 'three'
import { fieldBox, fieldUniforms, setFieldUniforms, useCanvasResources } from './canvasResources'
import { frameState } from '../app/frameState'
import { cementFragment, WORLD_VERTEX } from './cementShader'
import { deformUniforms, setDeformUniforms } from './deformUniforms'
import { SECTION_PLANES } from './Sectioned'
import { useSide, useSidePlan, useSideTexture } from './side'

/** The injected cement, raymarched from the precomputed arrival field at the current volume. */
export function CementVolume() {
  const side = useSide()
  const tex = useSideTexture()
  const plan = useSidePlan()
  const ref = useRef<Mesh>(null)
  const resources = useCanvasResources()
  const material = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader: WORLD_VERTEX,
        fragmentShader: cementFragment,
        side: BackSide,
        uniforms: {
          ...fieldUniforms(),
          ...deformUniforms(),
          uClip: { value: new Vector4(0, 0, 0, 1e9) },
        },
      }),
    [],
  )
  useEffect(() => () => material.dispose(), [material])

  const box = tex && fieldBox(tex)

  useFrame(() => {
    const m = ref.current
    if (!m || !tex || !box) return
    const scene = frameState(side)
    m.visible = scene.cementMl > 0.01
    const u = material.uniforms
    setFieldUniforms(u, resources.fieldTextures(tex), scene.cementMl, scene.cure)
    setDeformUniforms(u, plan, scene.loss)
    const plane = SECTION_PLANES[0]
    if (plane) u.uClip.value.set(plane.normal.x, plane.normal.y, plane.normal.z, plane.constant)
    else u.uClip.value.set(0, 0, 0, 1e9)
  })
  if (!box) return null
  return (
    <mesh
      ref={ref}
      name="cement"
      material={material}
      position={[box.min[0] + box.size[0] / 2, box.min[1] + box.size[1] / 2, box.min[2] + box.size[2] / 2]}
      scale={box.size}
      renderOrder={1}
      frustumCulled={false}
    >
      <boxGeometry args={[1, 1, 1]} />
    </mesh>
  )
}
