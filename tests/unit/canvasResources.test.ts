import { describe, expect, it } from 'vitest'
import { Group, Object3D } from 'three'
import { CanvasResources } from '../../src/scene/canvasResources'
import type { CementTexture } from '../../src/app/store'

const field = (key: string): CementTexture => ({
  key,
  dims: [2, 2, 2],
  min: [0, 0, 0],
  step: 1,
  half: new Uint16Array(8),
  bodyHalf: new Uint16Array(16),
})

const disposals = (r: CanvasResources, source: CementTexture) => {
  const t = r.fieldTextures(source)
  const seen = { n: 0 }
  t.arrival.addEventListener('dispose', () => seen.n++)
  t.body.addEventListener('dispose', () => seen.n++)
  return seen
}

describe('resources of one canvas', () => {
  it('two canvases drawing two fields keep each their own textures, frame after frame', () => {
    const main = new CanvasResources(),
      compare = new CanvasResources()
    const a = field('kp'),
      b = field('vp')
    const da = disposals(main, a),
      db = disposals(compare, b)
    const first = [main.fieldTextures(a).arrival, compare.fieldTextures(b).arrival]
    for (let frame = 0; frame < 30; frame++) {
      expect(main.fieldTextures(a).arrival).toBe(first[0])
      expect(compare.fieldTextures(b).arrival).toBe(first[1])
    }
    expect([da.n, db.n]).toEqual([0, 0])
  })

  it('a new field replaces the old pair, which is disposed; unmounting disposes the rest', () => {
    const r = new CanvasResources()
    const a = field('a'),
      b = field('b')
    const da = disposals(r, a)
    const tb = r.fieldTextures(b)
    expect(da.n).toBe(2)
    expect(tb.box.size).toEqual([2, 2, 2])
    const db = disposals(r, b)
    r.dispose()
    expect(db.n).toBe(2)
  })

  it("a name resolves to an object of the scene it was asked about, not another canvas's", () => {
    const sceneA = new Group(),
      sceneB = new Group()
    const inA = new Object3D(),
      inB = new Object3D()
    inA.name = inB.name = 'vertebra.L1'
    sceneA.add(inA)
    sceneB.add(inB)
    const ra = new CanvasResources(),
      rb = new CanvasResources()
    expect(ra.findNamed(sceneA, 'vertebra.L1')).toBe(inA)
    expect(rb.findNamed(sceneB, 'vertebra.L1')).toBe(inB)
    // a detached object is looked up again
    sceneA.remove(inA)
    const again = new Object3D()
    again.name = 'vertebra.L1'
    sceneA.add(again)
    expect(ra.findNamed(sceneA, 'vertebra.L1')).toBe(again)
  })
})
