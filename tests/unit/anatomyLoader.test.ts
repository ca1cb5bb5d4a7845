import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadSegment, releaseUnshown } from '../../src/app/anatomyLoader'

// the loader fetches Vite's asset URLs; here they are files under the repository
const ROOT = path.resolve(__dirname, '../..')
beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    const bytes = fs.readFileSync(path.join(ROOT, url.replace(/^\//, '')))
    return {
      ok: true,
      status: 200,
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    }
  })
})
afterAll(() => {
  vi.unstubAllGlobals()
})

describe('anatomy loader memory', () => {
  it('frees the meshes of a segment that has left the screen, and only those', async () => {
    const l1 = await loadSegment('L1') // T12, L1, L2 and the discs between them
    const l2 = await loadSegment('L2') // L1, L2, L3: L1, L2 and the L1-L2 disc are the same objects
    expect(l2.vertebraAbove).toBe(l1.treated)
    expect(l2.treated).toBe(l1.vertebraBelow)
    const gone = l1.vertebraAbove // T12
    const positions = gone.positions
    expect(positions.length).toBeGreaterThan(1000)
    releaseUnshown(l2)
    // everything that held T12's arrays now holds nothing, so a stale closure retains no memory
    expect(positions.length).toBe(0)
    expect(gone.indices.length).toBe(0)
    expect(l1.discAbove.positions.length).toBe(0)
    for (const m of [l2.treated, l2.vertebraAbove, l2.vertebraBelow, l2.discAbove, l2.discBelow]) {
      expect(m.positions.length).toBeGreaterThan(0)
      expect(m.indices.length).toBeGreaterThan(0)
    }
  })

  it('keeps the meshes of a load in flight even when another segment is on screen', async () => {
    const shown = await loadSegment('T8')
    const coming = loadSegment('T12') // asked for after T8 was shown; not on screen yet
    const t12 = await coming
    releaseUnshown(shown)
    expect(t12.treated.positions.length).toBeGreaterThan(0)
    expect(t12.vertebraBelow.indices.length).toBeGreaterThan(0)
    // and when T12 comes on screen, T8's own files go
    releaseUnshown(t12)
    expect(shown.treated.positions.length).toBe(0)
    expect(t12.treated.positions.length).toBeGreaterThan(0)
  })

  it('decodes a released file afresh on a later visit', async () => {
    const back = await loadSegment('T8')
    expect(back.treated.positions.length).toBeGreaterThan(1000)
  })
})
