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

/** Fetches a baked mesh file and decodes it (in the mesh worker; in place where there are no workers). */
export async function fetchAndDecode(url: string): Promise<MeshData> {
  const r = await fetch(url)
  if (!r.ok) throw new Error(`HTTP ${r.status}`)
  return decodeMesh(new Uint8Array(await r.arrayBuffer()))
}

/**
 * Frees a decoded mesh's memory now, whoever still points at it: its buffers are detached (transferred
 * away and dropped), so every view over them, the geometry attributes built on them included, becomes
 * empty. React keeps closures of past renders for a while (old hook states, deleted fibers, frame
 * subscribers), and each could otherwise hold a whole segment's meshes. Only for meshes no longer drawn.
 */
export function releaseMesh(m: MeshData): void {
  for (const b of meshBuffers(m)) structuredClone(b, { transfer: [b] })
}

/** The distinct buffers under a mesh's arrays (to transfer or to free), none already detached. */
export function meshBuffers(m: MeshData): ArrayBuffer[] {
  return [
    ...new Set(
      [m.positions, m.normals, m.indices, m.coarseIndices]
        .filter((a) => a && a.byteLength)
        .map((a) => a!.buffer as ArrayBuffer),
    ),
  ]
}
