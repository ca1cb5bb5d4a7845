// Loads the baked meshes of a spine segment (models/meshes, made by npm run models), decoded in a worker.
// Files are emitted by Vite as local assets: no request leaves the machine. Only the current segment's
// decoded meshes are kept (a neighbouring level reuses what it shares); others are dropped so memory
// stays flat however many levels are visited: once a frame shows a new segment, releaseUnshown frees the
// meshes of the old one.
import { releaseMesh } from '../workers/meshDecode'
import { fetchMesh } from './meshFetch'

import { layoutFor, lowerOffsetY } from '../core/anatomy/vertebra'
import { segmentLevels, type SegmentMeshes } from '../core/anatomy/segment'
import type { MeshData } from '../core/anatomy/surfaceNets'

const URLS = import.meta.glob('../../models/meshes/*.svm', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>
const byName = new Map(Object.entries(URLS).map(([p, url]) => [p.slice(p.lastIndexOf('/') + 1), url]))
const cache = new Map<string, Promise<MeshData>>()
/** every decoded mesh not yet released, with its file name and the load that made it */
const live = new Map<MeshData, { name: string; load: Promise<MeshData> }>()

function load(name: string): Promise<MeshData> {
  let p = cache.get(name)
  if (!p) {
    const url = byName.get(name)
    const made: Promise<MeshData> = url
      ? fetchMesh(url).then(
          (m) => {
            live.set(m, { name, load: made })
            return m
          },
          (err: Error) => {
            throw new Error(`${name}: ${err.message}`)
          },
        )
      : Promise.reject(new Error(`no baked mesh ${name}: run npm run models`))
    p = made
    p.catch(() => cache.delete(name)) // a failed load may be retried
    cache.set(name, p)
  }
  return p
}

export async function loadSegment(level: string): Promise<SegmentMeshes> {
  const { above, below } = segmentLevels(level)
  const names = [
    `${level}.svm`,
    `${above}.svm`,
    `${below}.svm`,
    `disc-${above}-${level}.svm`,
    `disc-${level}-${below}.svm`,
  ]
  for (const name of [...cache.keys()]) if (!names.includes(name)) cache.delete(name)
  const [treated, vertebraAbove, vertebraBelow, discAbove, discBelow] = await Promise.all(names.map(load))
  const Lt = layoutFor(level)
  return {
    level,
    above,
    below,
    treated,
    vertebraAbove,
    vertebraBelow,
    discAbove,
    discBelow,
    aboveY: -lowerOffsetY(layoutFor(above), Lt),
    belowY: lowerOffsetY(Lt, layoutFor(below)),
  }
}

/**
 * Frees every decoded mesh that the segment on screen does not use and that no load in flight may still
 * hand out (the cache holds the files of the last segment asked for). Call once a frame shows `shown`:
 * the old segment's geometries are out of the scene by then, and a later visit decodes its files afresh.
 */
export function releaseUnshown(shown: SegmentMeshes): void {
  const keep = new Set<MeshData>([
    shown.treated,
    shown.vertebraAbove,
    shown.vertebraBelow,
    shown.discAbove,
    shown.discBelow,
  ])
  for (const [m, { name, load }] of live) {
    if (keep.has(m) || cache.get(name) === load) continue
    live.delete(m)
    releaseMesh(m)
  }
}
