// The cement worker's fields as 3D textures, shared by the cement raymarch and the cut face: one pair alive
// at a time, the previous pair disposed when a new field arrives.
import { Data3DTexture, HalfFloatType, LinearFilter, RGFormat, RedFormat } from 'three'
import type { CementTexture } from '../app/store'

type FieldBox = { min: [number, number, number]; size: [number, number, number] }
let current: { source: CementTexture; arrival: Data3DTexture; body: Data3DTexture; box: FieldBox } | null = null

function texture(half: Uint16Array, dims: [number, number, number], channels: 1 | 2): Data3DTexture {
  const t = new Data3DTexture(half, dims[0], dims[1], dims[2])
  t.format = channels === 2 ? RGFormat : RedFormat
  t.type = HalfFloatType
  t.minFilter = t.magFilter = LinearFilter
  t.unpackAlignment = 1
  t.needsUpdate = true
  return t
}

export function fieldTextures(source: CementTexture): { arrival: Data3DTexture; body: Data3DTexture; box: FieldBox } {
  if (current?.source !== source) {
    current?.arrival.dispose()
    current?.body.dispose()
    current = { source, arrival: texture(source.half, source.dims, 1), body: texture(source.bodyHalf, source.dims, 2), box: fieldBox(source) }
  }
  return current
}

/** The box the texture spans: voxel centres sit on min + i*step, so texels span half a step further. */
export function fieldBox(t: CementTexture): FieldBox {
  return {
    min: [t.min[0] - t.step / 2, t.min[1] - t.step / 2, t.min[2] - t.step / 2],
    size: [t.dims[0] * t.step, t.dims[1] * t.step, t.dims[2] * t.step],
  }
}

/** Uniforms for FIELD_GLSL (cementShader.ts). */
export function fieldUniforms() {
  return { uField: { value: null }, uBody: { value: null }, uBoxMin: { value: [0, 0, 0] }, uBoxSize: { value: [1, 1, 1] }, uVolume: { value: 0 }, uCure: { value: 0 } }
}

/** Points the uniforms at the current field and sets the volume injected and the cure now. */
export function setFieldUniforms(u: Record<string, { value: unknown }>, source: CementTexture, cementMl: number, cure: number): void {
  const t = fieldTextures(source), box = t.box
  u.uField.value = t.arrival
  u.uBody.value = t.body
  u.uBoxMin.value = box.min
  u.uBoxSize.value = box.size
  u.uVolume.value = cementMl
  u.uCure.value = cure
}
