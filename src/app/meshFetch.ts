// Fetches and decodes a baked mesh in the mesh worker, off the main thread; where there are no workers (the
// unit tests in Node) it does the same here.
import { fetchAndDecode } from '../workers/meshDecode'
import type { MeshData } from '../core/anatomy/surfaceNets'
import type { MeshReply, MeshRequest } from '../workers/mesh.worker'

let worker: Worker | null = null
let nextId = 0
const waiting = new Map<number, { resolve: (m: MeshData) => void; reject: (e: Error) => void }>()

function meshWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('../workers/mesh.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (e: MessageEvent<MeshReply>) => {
    const w = waiting.get(e.data.id)
    waiting.delete(e.data.id)
    if (e.data.mesh) w?.resolve(e.data.mesh)
    else w?.reject(new Error(e.data.error))
  }
  return worker
}

export function fetchMesh(url: string): Promise<MeshData> {
  if (typeof Worker === 'undefined') return fetchAndDecode(url)
  const id = nextId++
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    // the worker resolves URLs against its own script: give it the page's absolute one
    meshWorker().postMessage({ id, url: new URL(url, document.baseURI).href } satisfies MeshRequest)
  })
}
