// What belongs to one canvas, as rapier's <Physics> keeps its world: the cement field's 3D textures and the
// cache of named objects. Each canvas makes its own (CanvasHouse) and disposes it on unmount, so two canvases
// (compare mode, or the X-ray beside the 3D view) never dispose or re-upload each other's textures, and a name
// resolves to an object of this canvas's scene only.
import { createContext, useContext } from 'react'
import { Data3DTexture, HalfFloatType, LinearFilter, RGFormat, RedFormat, type Object3D } from 'three'
import type { CementTexture } from '../app/store'

export type FieldBox = { min: [number, number, number]; size: [number, number, number] }
export interface FieldTextures {
  arrival: Data3DTexture
  body: Data3DTexture
  box: FieldBox
}

function texture(half: Uint16Array, dims: [number, number, number], channels: 1 | 2): Data3DTexture {
  const t = new Data3DTexture(half, dims[0], dims[1], dims[2])
  t.format = channels === 2 ? RGFormat : RedFormat
  t.type = HalfFloatType
  t.minFilter = t.magFilter = LinearFilter
  t.unpackAlignment = 1
  t.needsUpdate = true
  return t
}

/** The box the texture spans: voxel centres sit on min + i*step, so texels span half a step further. */
export function fieldBox(t: CementTexture): FieldBox {
  return {
    min: [t.min[0] - t.step / 2, t.min[1] - t.step / 2, t.min[2] - t.step / 2],
    size: [t.dims[0] * t.step, t.dims[1] * t.step, t.dims[2] * t.step],
  }
}

export class CanvasResources {
  private field: (FieldTextures & { source: CementTexture }) | null = null
  private readonly names = new Map<string, Object3D>()

  /** This canvas's textures of a field: one pair alive at a time, the previous pair disposed when a new field comes. */
  fieldTextures(source: CementTexture): FieldTextures {
    if (this.field?.source !== source) {
      this.disposeField()
      this.field = {
        source,
        arrival: texture(source.half, source.dims, 1),
        body: texture(source.bodyHalf, source.dims, 2),
        box: fieldBox(source),
      }
    }
    return this.field
  }

  /** A named object of this canvas's scene, found once and kept while it stays attached (no traversal per frame). */
  findNamed(scene: Object3D, name: string): Object3D | undefined {
    const hit = this.names.get(name)
    if (hit?.parent) return hit
    const obj = scene.getObjectByName(name)
    if (obj) this.names.set(name, obj)
    else this.names.delete(name)
    return obj
  }

  dispose(): void {
    this.disposeField()
    this.names.clear()
  }

  private disposeField(): void {
    this.field?.arrival.dispose()
    this.field?.body.dispose()
    this.field = null
  }
}

export const CanvasResourcesContext = createContext<CanvasResources | null>(null)

/** The resources of the canvas this component is drawn in. */
export function useCanvasResources(): CanvasResources {
  const r = useContext(CanvasResourcesContext)
  if (!r) throw new Error('useCanvasResources: not inside a CanvasHouse')
  return r
}

/** Uniforms for FIELD_GLSL (cementShader.ts). */
export function fieldUniforms() {
  return {
    uField: { value: null },
    uBody: { value: null },
    uBoxMin: { value: [0, 0, 0] },
    uBoxSize: { value: [1, 1, 1] },
    uVolume: { value: 0 },
    uCure: { value: 0 },
  }
}

/** Points the uniforms at this canvas's textures of the field and sets the volume injected and the cure now. */
export function setFieldUniforms(
  u: Record<string, { value: unknown }>,
  textures: FieldTextures,
  cementMl: number,
  cure: number,
): void {
  u.uField.value = textures.arrival
  u.uBody.value = textures.body
  u.uBoxMin.value = textures.box.min
  u.uBoxSize.value = textures.box.size
  u.uVolume.value = cementMl
  u.uCure.value = cure
}
