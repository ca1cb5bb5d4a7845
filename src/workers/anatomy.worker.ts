// Anatomy worker: meshes the spine segment for a level off the main thread.
import { buildSegmentMeshes, type SegmentMeshes } from '../core/anatomy/segment'

export interface AnatomyRequest { key: string; level: string }
export type AnatomyReply = { key: string; meshes: SegmentMeshes; ms: number } | { key: string; error: string }

self.onmessage = (e: MessageEvent<AnatomyRequest>) => {
  const { key, level } = e.data
  const t0 = performance.now()
  try {
    const meshes = buildSegmentMeshes(level)
    const buffers: ArrayBuffer[] = []
    for (const m of [meshes.treated, meshes.vertebraAbove, meshes.vertebraBelow, meshes.discAbove, meshes.discBelow]) {
      buffers.push(m.positions.buffer as ArrayBuffer, m.normals.buffer as ArrayBuffer, m.indices.buffer as ArrayBuffer)
    }
    ;(self as unknown as Worker).postMessage({ key, meshes, ms: performance.now() - t0 } satisfies AnatomyReply, buffers)
  } catch (err) {
    ;(self as unknown as Worker).postMessage({ key, error: String(err) } satisfies AnatomyReply)
  }
}
