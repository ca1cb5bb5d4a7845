// The baked mesh format in models/meshes/*.svm: a small header, then a meshoptimizer-encoded vertex buffer
// (12-byte vertices: int16 x, y, z in units of 0.01 mm, a pad, int8 normal x, y, z, a pad) and a
// meshoptimizer-encoded index buffer (uint32). The codec itself lives outside the core; this file packs,
// unpacks and frames the bytes.
import type { MeshData } from './surfaceNets'

export const MAGIC = 0x314d5653 // "SVM1" little-endian
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
  const positions = new Float32Array(n * 3), normals = new Float32Array(n * 3)
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

export interface Framed { vertexCount: number; indexCount: number; vertexData: Uint8Array; indexData: Uint8Array }

export function frame(f: Framed): Uint8Array {
  const out = new Uint8Array(20 + f.vertexData.length + f.indexData.length)
  const dv = new DataView(out.buffer)
  dv.setUint32(0, MAGIC, true)
  dv.setUint32(4, f.vertexCount, true)
  dv.setUint32(8, f.indexCount, true)
  dv.setUint32(12, f.vertexData.length, true)
  dv.setUint32(16, f.indexData.length, true)
  out.set(f.vertexData, 20)
  out.set(f.indexData, 20 + f.vertexData.length)
  return out
}

export function unframe(bytes: Uint8Array): Framed {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength < 20 || dv.getUint32(0, true) !== MAGIC) throw new Error('not a baked mesh (SVM1)')
  const vertexCount = dv.getUint32(4, true), indexCount = dv.getUint32(8, true)
  const vb = dv.getUint32(12, true), ib = dv.getUint32(16, true)
  if (20 + vb + ib !== bytes.byteLength) throw new Error('baked mesh is truncated')
  return { vertexCount, indexCount, vertexData: bytes.subarray(20, 20 + vb), indexData: bytes.subarray(20 + vb, 20 + vb + ib) }
}
