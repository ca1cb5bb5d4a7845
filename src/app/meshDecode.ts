// Decodes a baked mesh (models/meshes/*.svm) with meshoptimizer's pure-JS reference decoder: a few ms
// per vertebra, and no WebAssembly, so the Content-Security-Policy stays as strict as DESIGN.md asks.
import { MeshoptDecoder } from '../vendor/meshopt_decoder_reference.js'
import { unframe, unpackVertices, VERTEX_BYTES } from '../core/anatomy/meshCodec'
import type { MeshData } from '../core/anatomy/surfaceNets'

export function decodeMesh(bytes: Uint8Array): MeshData {
  const f = unframe(bytes)
  const vb = new Uint8Array(f.vertexCount * VERTEX_BYTES)
  MeshoptDecoder.decodeVertexBuffer(vb, f.vertexCount, VERTEX_BYTES, f.vertexData)
  const indexBuffer = (count: number, data: Uint8Array) => {
    const out = new Uint32Array(count)
    if (count) MeshoptDecoder.decodeIndexBuffer(new Uint8Array(out.buffer), count, 4, data)
    return out
  }
  const coarse = f.coarseIndexCount ? { coarseIndices: indexBuffer(f.coarseIndexCount, f.coarseIndexData) } : {}
  return { ...unpackVertices(vb, f.vertexCount), indices: indexBuffer(f.indexCount, f.indexData), ...coarse }
}
