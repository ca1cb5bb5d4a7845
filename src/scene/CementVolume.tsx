import { useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { BackSide, Data3DTexture, HalfFloatType, LinearFilter, RedFormat, ShaderMaterial, Vector4, type Mesh } from 'three'
import { useApp } from '../app/store'
import { frameState } from '../app/frameState'
import { anchorY } from '../core/anatomy/fracture'
import { cementFragment, cementVertex } from './cementShader'
import { SECTION_PLANES } from './Sectioned'

const MORPH_CODE = { wedge: 0, crush: 1, biconcave: 2 } as const

/** The injected cement, raymarched from the precomputed arrival field at the current volume. */
export function CementVolume() {
  const tex = useApp((s) => s.cementTexture)
  const plan = useApp((s) => s.plan)
  const ref = useRef<Mesh>(null)
  const texture = useMemo(() => {
    if (!tex) return null
    const t = new Data3DTexture(tex.half, tex.dims[0], tex.dims[1], tex.dims[2])
    t.format = RedFormat
    t.type = HalfFloatType
    t.minFilter = t.magFilter = LinearFilter
    t.unpackAlignment = 1
    t.needsUpdate = true
    return t
  }, [tex])
  useEffect(() => () => texture?.dispose(), [texture])
  const material = useMemo(() => new ShaderMaterial({
    vertexShader: cementVertex,
    fragmentShader: cementFragment,
    side: BackSide,
    uniforms: {
      uField: { value: null }, uBoxMin: { value: [0, 0, 0] }, uBoxSize: { value: [1, 1, 1] },
      uVolume: { value: 0 }, uCure: { value: 0 }, uLoss: { value: 0 }, uMorph: { value: 0 },
      uAnchorY: { value: 0 }, uZPost: { value: 0 }, uEPD: { value: 1 }, uEPW: { value: 1 },
      uClip: { value: new Vector4(0, 0, 0, 1e9) },
    },
  }), [])
  useEffect(() => () => material.dispose(), [material])

  const box = tex && {
    size: [tex.dims[0] * tex.step, tex.dims[1] * tex.step, tex.dims[2] * tex.step] as [number, number, number],
    // voxel centres sit on min + i*step; the texture's texels span [min - step/2, min + (n - 1/2) step]
    min: [tex.min[0] - tex.step / 2, tex.min[1] - tex.step / 2, tex.min[2] - tex.step / 2] as [number, number, number],
  }

  useFrame(() => {
    const m = ref.current
    if (!m || !texture || !box) return
    const { scene } = frameState()
    m.visible = scene.cementMl > 0.01
    const u = material.uniforms
    u.uField.value = texture
    u.uBoxMin.value = box.min
    u.uBoxSize.value = box.size
    u.uVolume.value = scene.cementMl
    u.uCure.value = scene.cure
    u.uLoss.value = scene.loss
    u.uMorph.value = MORPH_CODE[plan.case.morph]
    u.uAnchorY.value = anchorY(plan.layout)
    u.uZPost.value = plan.layout.zPost
    u.uEPD.value = plan.layout.m.EPD
    u.uEPW.value = plan.layout.m.EPW
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
