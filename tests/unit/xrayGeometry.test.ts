// The radiograph sums mu x length between the front and back faces of closed meshes (scene/fluoro): that
// only works for watertight surfaces whose faces point out.
import { describe, expect, it } from 'vitest'
import type { BufferGeometry } from 'three'
import fs from 'node:fs'
import path from 'node:path'
import { ribTubes } from '../../src/scene/ribTubes'
import { toGeometry } from '../../src/scene/geometry'
import { decodeMesh } from '../../src/workers/meshDecode'
import { MESH_DIR } from '../../models/generate'

function edgesAndVolume(g: BufferGeometry) {
  const pos = g.getAttribute('position'),
    idx = g.getIndex()!.array
  // weld by position: a tube's seam repeats its first column of vertices
  const key = (i: number) => `${pos.getX(i).toFixed(4)},${pos.getY(i).toFixed(4)},${pos.getZ(i).toFixed(4)}`
  const edges = new Map<string, number>()
  let volume = 0
  for (let k = 0; k < idx.length; k += 3) {
    const [a, b, c] = [idx[k], idx[k + 1], idx[k + 2]]
    for (const [u, v] of [
      [a, b],
      [b, c],
      [c, a],
    ]) {
      const e = key(u) + '>' + key(v)
      edges.set(e, (edges.get(e) ?? 0) + 1)
    }
    // signed volume of the tetrahedron with the origin
    const ax = pos.getX(a),
      ay = pos.getY(a),
      az = pos.getZ(a),
      bx = pos.getX(b),
      by = pos.getY(b),
      bz = pos.getZ(b),
      cx = pos.getX(c),
      cy = pos.getY(c),
      cz = pos.getZ(c)
    volume += (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6
  }
  let open = 0
  for (const [e, n] of edges) {
    const [u, v] = e.split('>')
    if (u === v) continue // a degenerate edge at a fan's centre
    // closed and consistently oriented: each edge is crossed as often one way as the other (surface nets may
    // join four faces at an edge; the sum of mu x length is still exact)
    if (n !== (edges.get(v + '>' + u) ?? 0)) open++
  }
  return { open, volume }
}

describe("the radiograph's rib surfaces", () => {
  it('are closed, and face out, once capped', () => {
    for (const g of ribTubes('T8', true)) {
      const { open, volume } = edgesAndVolume(g)
      expect(open).toBe(0)
      // a 4.5 mm tube: its volume is positive (faces out) and about pi r^2 times its length
      expect(volume).toBeGreaterThan(Math.PI * 4.5 ** 2 * 30)
    }
    expect(ribTubes('L2', true)).toEqual([])
  })
})

describe("the radiograph's vertebrae (the baked coarse surfaces)", () => {
  it('are closed, face out, keep the volume, and have far fewer triangles than the full surfaces', () => {
    for (const level of ['T6', 'T12', 'L4']) {
      const m = decodeMesh(new Uint8Array(fs.readFileSync(path.join(MESH_DIR, `${level}.svm`))))
      const full = edgesAndVolume(toGeometry(m)),
        coarse = edgesAndVolume(toGeometry(m, true))
      expect(m.coarseIndices!.length, level).toBeLessThan(0.4 * m.indices.length)
      expect(full.open, level).toBe(0)
      expect(coarse.open, level).toBe(0)
      expect(coarse.volume, level).toBeGreaterThan(0)
      // within 0.05 mm of the full surface everywhere: the volume moves by far less than 1 %
      expect(Math.abs(coarse.volume / full.volume - 1), level).toBeLessThan(0.01)
    }
  })
})
