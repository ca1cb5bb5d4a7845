// Mesh worker: fetches and decodes baked meshes off the main thread, which at start-up is busy bringing up
// React and the renderer. The decoded arrays are transferred, not copied.
import { fetchAndDecode, meshBuffers } from './meshDecode'
import type { MeshData } from '../core/anatomy/surfaceNets'

export interface MeshRequest {
  id: number
  url: string
}
export type MeshReply =
  { id: number; mesh: MeshData; error?: undefined } | { id: number; error: string; mesh?: undefined }

self.onmessage = async (e: MessageEvent<MeshRequest>) => {
  const { id, url } = e.data
  const post = (reply: MeshReply, transfer: ArrayBuffer[] = []) =>
    (self as unknown as Worker).postMessage(reply, transfer)
  try {
    const mesh = await fetchAndDecode(url)
    post({ id, mesh }, meshBuffers(mesh))
  } catch (err) {
    post({ id, error: String(err) })
  }
}
