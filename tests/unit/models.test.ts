import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateModels, MESH_DIR, sha256, STEP_VERTEBRA } from '../../models/generate'
import { decodeMesh } from '../../src/workers/meshDecode'
import { MORPHO_LEVELS } from '../../src/core/anatomy/morphometry'
import { layoutFor } from '../../src/core/anatomy/vertebra'
import { meshVertebra } from '../../src/core/anatomy/segment'
import { POSITION_QUANTUM } from '../../src/core/anatomy/meshCodec'

describe('baked meshes (models/meshes)', () => {
  it('are current: npm run models gives exactly the committed files and manifest', async () => {
    const files = await generateModels()
    const manifest = JSON.parse(fs.readFileSync(path.join(MESH_DIR, 'manifest.json'), 'utf8'))
    const committed = fs
      .readdirSync(MESH_DIR)
      .filter((f) => f.endsWith('.svm'))
      .sort()
    expect(committed, 'run npm run models and commit models/meshes').toEqual([...files.keys()].sort())
    for (const [name, bytes] of files) {
      expect(sha256(bytes), `${name} is stale: run npm run models`).toBe(
        sha256(fs.readFileSync(path.join(MESH_DIR, name))),
      )
      expect(manifest.files[name].sha256).toBe(sha256(bytes))
    }
    // a vertebra for every level, and a disc between each pair of neighbours
    expect(files.size).toBe(2 * MORPHO_LEVELS.length - 1)
  }, 60_000)

  it('decode to the meshes they were made from, within the quantum', () => {
    const level = 'T12'
    const m = meshVertebra(layoutFor(level), STEP_VERTEBRA)
    const d = decodeMesh(new Uint8Array(fs.readFileSync(path.join(MESH_DIR, `${level}.svm`))))
    expect(d.indices.length).toBe(m.indices.length)
    expect(d.positions.length).toBe(m.positions.length) // reordered, no vertex lost
    // same set of points: compare sorted coordinates per axis
    for (let a = 0; a < 3; a++) {
      const s1 = [...m.positions.filter((_, i) => i % 3 === a)].sort((x, y) => x - y)
      const s2 = [...d.positions.filter((_, i) => i % 3 === a)].sort((x, y) => x - y)
      for (let i = 0; i < s1.length; i += 97) expect(Math.abs(s1[i] - s2[i])).toBeLessThanOrEqual(POSITION_QUANTUM)
    }
    // every normal is a unit vector
    for (let i = 0; i < d.normals.length; i += 3)
      expect(Math.hypot(d.normals[i], d.normals[i + 1], d.normals[i + 2])).toBeCloseTo(1, 5)
  })
})
