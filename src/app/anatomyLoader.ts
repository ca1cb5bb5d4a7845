// Loads the baked meshes of a spine segment (models/meshes, made by npm run models) and decodes them.
// Files are emitted by Vite as local assets: no request leaves the machine. Only the current segment's
// decoded meshes are kept (a neighbouring level reuses what it shares); others are dropped so memory
// stays flat however many levels are visited.
import { decodeMesh } from './meshDecode'

import { layoutFor, lowerOffsetY } from '../core/anatomy/vertebra'
import { segmentLevels, type SegmentMeshes } from '../core/anatomy/segment'
import type { MeshData } from '../core/anatomy/surfaceNets'

const URLS = import.meta.glob('../../models/meshes/*.svm', { query: '?url', import: 'default', eager: true }) as Record<string, string>
const byName = new Map(Object.entries(URLS).map(([p, url]) => [p.slice(p.lastIndexOf('/') + 1), url]))
const cache = new Map<string, Promise<MeshData>>()

function load(name: string): Promise<MeshData> {
  let p = cache.get(name)
  if (!p) {
    const url = byName.get(name)
    p = url
      ? fetch(url).then((r) => { if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`); return r.arrayBuffer() }).then((b) => decodeMesh(new Uint8Array(b)))
      : Promise.reject(new Error(`no baked mesh ${name}: run npm run models`))
    p.catch(() => cache.delete(name)) // a failed load may be retried
    cache.set(name, p)
  }
  return p
}

export async function loadSegment(level: string): Promise<SegmentMeshes> {
  const { above, below } = segmentLevels(level)
  const names = [`${level}.svm`, `${above}.svm`, `${below}.svm`, `disc-${above}-${level}.svm`, `disc-${level}-${below}.svm`]
  for (const name of [...cache.keys()]) if (!names.includes(name)) cache.delete(name)
  const [treated, vertebraAbove, vertebraBelow, discAbove, discBelow] = await Promise.all(names.map(load))
  const Lt = layoutFor(level)
  return {
    level, above, below, treated, vertebraAbove, vertebraBelow, discAbove, discBelow,
    aboveY: -lowerOffsetY(layoutFor(above), Lt),
    belowY: lowerOffsetY(Lt, layoutFor(below)),
  }
}
