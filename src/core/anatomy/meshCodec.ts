// The baked mesh format in models/meshes/*.svm: a small header, then a meshoptimizer-encoded vertex buffer
// (12-byte vertices: int16 x, y, z in units of 0.01 mm, a pad, int8 normal x, y, z, a pad), a
// meshoptimizer-encoded index buffer (uint32) and, for vertebrae, a coarser index buffer over the same
// vertices (MeshData.coarseIndices; may be empty). The codec itself lives outside the core; this file packs,
// unpacks and frames the bytes.
import type { MeshData } from './surfaceNets'

const MAGIC = 0x324d5653 // "SVM2" little-endian
const HEADER = 28
export const VERTEX_BYTES = 12
/** Position quantum, mm: 0.01 mm, far below the 0.8-1 mm mesh spacing. */
export const POSITION_QUANTUM = 0.01

export function packVertices(m: Pick<MeshData, 'positions' | 'normals'>): Uint8Array {
  const n = m.positions.length / 3
  const out = new Uint8Array(n * VERTEX_BYTES)
  const dv = new DataView(out.buffer)
  for (let i = 0; i < n; i++) {
    const o = i * VERTEX_BYTES
    for (let a = 0; a < 3; a++) {
      dv.setInt16(o + 2 * a, Math.round(m.positions[3 * i + a] / POSITION_QUANTUM), true)
      dv.setInt8(o + 8 + a, Math.max(-127, Math.min(127, Math.round(m.normals[3 * i + a] * 127))))
    }
  }
  return out
}

export function unpackVertices(bytes: Uint8Array, n: number): Pick<MeshData, 'positions' | 'normals'> {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const positions = new Float32Array(n * 3),
    normals = new Float32Array(n * 3)
  for (let i = 0; i < n; i++) {
    const o = i * VERTEX_BYTES
    let l = 0
    for (let a = 0; a < 3; a++) {
      positions[3 * i + a] = dv.getInt16(o + 2 * a, true) * POSITION_QUANTUM
      normals[3 * i + a] = dv.getInt8(o + 8 + a) / 127
      l += normals[3 * i + a] ** 2
    }
    l = Math.sqrt(l) || 1
    for (let a = 0; a < 3; a++) normals[3 * i + a] /= l
  }
  return { positions, normals }
}

export interface Framed {
  vertexCount: number
  indexCount: number
  coarseIndexCount: number
  vertexData: Uint8Array
  indexData: Uint8Array
  coarseIndexData: Uint8Array
}

export function frame(f: Framed): Uint8Array {
  const parts = [f.vertexData, f.indexData, f.coarseIndexData]
  const out = new Uint8Array(HEADER + parts.reduce((a, p) => a + p.length, 0))
  const dv = new DataView(out.buffer)
  ;[MAGIC, f.vertexCount, f.indexCount, f.coarseIndexCount, ...parts.map((p) => p.length)].forEach((v, i) =>
    dv.setUint32(4 * i, v, true),
  )
  let o = HEADER
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

export function unframe(bytes: Uint8Array): Framed {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength < HEADER || dv.getUint32(0, true) !== MAGIC) throw new Error('not a baked mesh (SVM2)')
  const [vertexCount, indexCount, coarseIndexCount, vb, ib, cb] = [1, 2, 3, 4, 5, 6].map((i) =>
    dv.getUint32(4 * i, true),
  )
  if (HEADER + vb + ib + cb !== bytes.byteLength) throw new Error('baked mesh is truncated')
  const at = (o: number, n: number) => bytes.subarray(HEADER + o, HEADER + o + n)
  return {
    vertexCount,
    indexCount,
    coarseIndexCount,
    vertexData: at(0, vb),
    indexData: at(vb, ib),
    coarseIndexData: at(vb + ib, cb),
  }
}
