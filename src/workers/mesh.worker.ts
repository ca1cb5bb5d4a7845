// Mesh worker: fetches and decodes baked meshes off the main thread, which at start-up is busy bringing up
// React and the renderer. The decoded arrays are transferred, not copied.
import { decodeMesh } from '../app/meshDecode'
import type { MeshData } from '../core/anatomy/surfaceNets'

export interface MeshRequest { id: number; url: string }
export type MeshReply = { id: number; mesh: MeshData; error?: undefined } | { id: number; error: string; mesh?: undefined }

self.onmessage = async (e: MessageEvent<MeshRequest>) => {
  const { id, url } = e.data
  const post = (reply: MeshReply, transfer: ArrayBuffer[] = []) => (self as unknown as Worker).postMessage(reply, transfer)
  try {
    const r = await fetch(url)
    if (!r.ok) throw new Error(`HTTP ${r.status}`)
    const mesh = decodeMesh(new Uint8Array(await r.arrayBuffer()))
    const buffers = [mesh.positions, mesh.normals, mesh.indices, mesh.coarseIndices].filter((a) => a !== undefined).map((a) => a.buffer as ArrayBuffer)
    post({ id, mesh }, [...new Set(buffers)])
  } catch (err) {
    post({ id, error: String(err) })
  }
}
