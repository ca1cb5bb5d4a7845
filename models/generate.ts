// npm run models: bakes every vertebra in morphometry.json and the disc between each pair of neighbours
// into models/meshes/*.svm (meshoptimizer-encoded, see src/core/anatomy/meshCodec.ts), with a manifest of
// their hashes and the hash of the inputs. Deterministic: the same inputs give the same bytes, which
// tests/unit/models.test.ts checks against the committed files.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { MeshoptEncoder } from 'meshoptimizer/encoder'
import { MeshoptSimplifier } from 'meshoptimizer/simplifier'
import { MORPHO_LEVELS } from '../src/core/anatomy/morphometry'
import { layoutFor } from '../src/core/anatomy/vertebra'
import { meshDisc, meshVertebra } from '../src/core/anatomy/segment'
import { frame, packVertices, unpackVertices, VERTEX_BYTES } from '../src/core/anatomy/meshCodec'
import type { MeshData } from '../src/core/anatomy/surfaceNets'

/** Grid steps, mm: every vertebra at treated detail (it may be the treated level), discs a little coarser. */
export const STEP_VERTEBRA = 0.9
export const STEP_DISC = 1.1

/**
 * How far the coarse surface of a vertebra may stray from the full one, mm: a quarter of a pixel of the
 * largest radiograph (512 px over about 120 mm). Surface nets tessellate flat bone as finely as curved, so
 * this keeps about a quarter of the triangles.
 */
export const COARSE_ERROR_MM = 0.05

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const MESH_DIR = path.join(HERE, 'meshes')

/** `coarse`: also bake a coarser index buffer over the same vertices (MeshData.coarseIndices). */
export function encodeMesh(m: MeshData, coarse = false): Uint8Array {
  const indices = new Uint32Array(m.indices)
  const [remap, unique] = MeshoptEncoder.reorderMesh(indices, true, true)
  const positions = new Float32Array(unique * 3),
    normals = new Float32Array(unique * 3)
  for (let i = 0; i < remap.length; i++) {
    const j = remap[i]
    if (j === 0xffffffff) continue
    for (let a = 0; a < 3; a++) {
      positions[3 * j + a] = m.positions[3 * i + a]
      normals[3 * j + a] = m.normals[3 * i + a]
    }
  }
  const vertexData = MeshoptEncoder.encodeVertexBuffer(packVertices({ positions, normals }), unique, VERTEX_BYTES)
  const indexData = MeshoptEncoder.encodeIndexBuffer(new Uint8Array(indices.buffer), indices.length, 4)
  // simplified on the quantized positions the app will see, so the error bound holds for them
  const [coarseIndices] = coarse
    ? MeshoptSimplifier.simplify(
        indices,
        unpackVertices(packVertices({ positions, normals }), unique).positions,
        3,
        0,
        COARSE_ERROR_MM,
        ['ErrorAbsolute'],
      )
    : [new Uint32Array(0)]
  const coarseIndexData = MeshoptEncoder.encodeIndexBuffer(
    new Uint8Array(coarseIndices.buffer, coarseIndices.byteOffset, coarseIndices.byteLength),
    coarseIndices.length,
    4,
  )
  return frame({
    vertexCount: unique,
    indexCount: indices.length,
    coarseIndexCount: coarseIndices.length,
    vertexData,
    indexData,
    coarseIndexData,
  })
}

export const vertebraFile = (level: string) => `${level}.svm`
export const discFile = (upper: string, lower: string) => `disc-${upper}-${lower}.svm`

/** Every baked file by name. */
export async function generateModels(): Promise<Map<string, Uint8Array>> {
  await Promise.all([MeshoptEncoder.ready, MeshoptSimplifier.ready])
  const out = new Map<string, Uint8Array>()
  const layouts = MORPHO_LEVELS.map((l) => layoutFor(l))
  layouts.forEach((L, i) => {
    out.set(vertebraFile(L.m.level), encodeMesh(meshVertebra(L, STEP_VERTEBRA), true))
    if (i + 1 < layouts.length)
      out.set(discFile(L.m.level, layouts[i + 1].m.level), encodeMesh(meshDisc(L, layouts[i + 1], STEP_DISC)))
  })
  return out
}

export const sha256 = (b: Uint8Array | string) => crypto.createHash('sha256').update(b).digest('hex')

async function main() {
  const t0 = performance.now()
  const files = await generateModels()
  fs.mkdirSync(MESH_DIR, { recursive: true })
  for (const f of fs.readdirSync(MESH_DIR))
    if (f.endsWith('.svm') && !files.has(f)) fs.unlinkSync(path.join(MESH_DIR, f))
  const manifest: Record<string, { bytes: number; sha256: string }> = {}
  for (const [name, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    fs.writeFileSync(path.join(MESH_DIR, name), bytes)
    manifest[name] = { bytes: bytes.length, sha256: sha256(bytes) }
  }
  fs.writeFileSync(
    path.join(MESH_DIR, 'manifest.json'),
    JSON.stringify(
      { steps: { vertebra: STEP_VERTEBRA, disc: STEP_DISC }, coarseErrorMm: COARSE_ERROR_MM, files: manifest },
      null,
      1,
    ) + '\n',
  )
  const total = [...files.values()].reduce((a, b) => a + b.length, 0)
  console.log(
    `models: ${files.size} meshes, ${(total / 1024).toFixed(0)} KB, in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${path.relative(process.cwd(), MESH_DIR)}`,
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main()
