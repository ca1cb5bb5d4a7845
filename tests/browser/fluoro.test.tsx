// The simulated fluoroscopy, read back as pixels in real WebGL: the trocar is darker than the bone it
// crosses, cement appears at the needle tip on the lateral image once injection starts (and not before), and
// the image follows the timeline.
import { afterAll, describe, expect, it } from 'vitest'
import { store } from '../../src/app/store'
import { carmViews, project, type Projection } from '../../src/core/fluoro/carm'
import { needleAim, needleTip } from '../../src/core/anatomy/instruments'
import type { Vec3 } from '../../src/core/anatomy/sdf'
import { mountApp, type Handle } from './mountApp'

const frames = (n = 3) =>
  new Promise<void>((r) => {
    const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : r())
    step(n)
  })

describe('fluoroscopy', () => {
  let app: ReturnType<typeof mountApp> | null = null
  let host: HTMLDivElement
  afterAll(() => app?.unmount())

  let handle: Handle
  /** mean grey (0..255) of a 5 x 5 px patch around a point of the treated vertebra's frame, on one image */
  const grey = (projection: Projection, p: Vec3): number => {
    const canvas = host.querySelector<HTMLCanvasElement>('.fluoro-images canvas')!
    const frame = host.querySelector<HTMLElement>(`.fluoro-frame[data-projection="${projection}"]`)!
    const cr = canvas.getBoundingClientRect(),
      fr = frame.getBoundingClientRect()
    const q = project(carmViews(store.getState().plan.layout)[projection], p)!
    const gl = canvas.getContext('webgl2')!
    const k = gl.drawingBufferWidth / cr.width
    const x = Math.round((fr.left - cr.left + q.u * fr.width) * k),
      y = Math.round(gl.drawingBufferHeight - (fr.top - cr.top + q.v * fr.height) * k)
    const px = new Uint8Array(4 * 25)
    gl.readPixels(x - 2, y - 2, 5, 5, gl.RGBA, gl.UNSIGNED_BYTE, px)
    let sum = 0
    for (let i = 0; i < px.length; i += 4) sum += px[i]
    return sum / 25
  }
  /**
   * Seek, then wait until the X-ray canvas keeps its size (a step's caption can change the stage's height, and a
   * resized canvas starts blank) and has drawn since.
   */
  const seek = async (t: number) => {
    handle.seek(t)
    await frames(4)
    const canvas = () => host.querySelector<HTMLCanvasElement>('.fluoro-images canvas')!
    for (let i = 0; i < 40; i++) {
      const [w, h] = [canvas().width, canvas().height]
      await new Promise((r) => setTimeout(r, 50))
      await frames(3)
      if (canvas().width === w && canvas().height === h) break
    }
    await frames(3)
  }

  it('opens on the X-ray views, ready', async () => {
    app = mountApp('?proc=vp&view=fluoro&t=0')
    host = app.host
    handle = await app.ready
    for (let i = 0; i < 100 && !host.querySelector('.fluoro-frame'); i++) await frames(2)
    expect(host.querySelectorAll('.fluoro-frame')).toHaveLength(2)
    // the X-ray canvas is lazy and makes its renderer once it has a size: wait for three to own it (a
    // getContext before that would create the context without the drawing buffer kept for reading back)
    for (let i = 0; i < 200 && !host.querySelector('.fluoro-images canvas[data-engine]'); i++) await frames(2)
    for (let i = 0; i < 200 && grey('lateral', [0, 0, 0]) === 0; i++) {
      handle.seek(0.1 * (i % 2))
      await frames(2)
    }
    expect(grey('lateral', [0, 0, 0])).toBeGreaterThan(0)
  })

  it('shows the trocar darker than the bone it crosses', async () => {
    const plan = store.getState().plan
    const start = plan.chapters.find((c) => c.id === 'cement-injection')!.start
    await seek(start - 0.2) // the needle is in, no cement yet
    const n = plan.instruments.needles[0]
    const aim = needleAim(n, plan.case, plan.layout, plan.loss)
    // on the shaft inside the body, and 5 mm above it in the same bone
    const onShaft = needleTip(aim, aim.length - 8)
    const beside: Vec3 = [onShaft[0], onShaft[1] + 5, onShaft[2]]
    const needle = grey('lateral', onShaft),
      bone = grey('lateral', beside)
    expect(needle).toBeLessThan(bone * 0.5)
    expect(bone).toBeGreaterThan(40) // bone is grey, not black
    expect(grey('ap', needleTip(aim, aim.length - 2))).toBeLessThan(grey('ap', [0, -8, 0]) * 0.5)
    // the monitor's invert turns the scale over: the trocar white, brighter than the bone
    const invert = [...host.querySelectorAll<HTMLButtonElement>('.fluoro-bar button')].find(
      (b) => b.textContent === 'Invert',
    )!
    invert.click()
    await frames(4)
    expect(invert.getAttribute('aria-pressed')).toBe('true')
    expect(grey('lateral', onShaft)).toBeGreaterThan(255 - needle - 20)
    expect(grey('lateral', onShaft)).toBeGreaterThan(grey('lateral', beside) + 40)
    invert.click()
    await frames(4)
    expect(grey('lateral', onShaft)).toBeLessThan(bone * 0.5)
  })

  it('shows cement at the needle tip on the lateral image once injection starts, and not before', async () => {
    const plan = store.getState().plan
    const start = plan.chapters.find((c) => c.id === 'cement-injection')!.start
    const n = plan.instruments.needles[0]
    const aim = needleAim(n, plan.case, plan.layout, plan.loss)
    // just ahead of the tip, in the bone the cement fills first
    const ahead: Vec3 = needleTip({ ...aim, length: aim.length + 3 }, aim.length + 3)
    await seek(start - 0.2)
    const before = grey('lateral', ahead)
    expect(handle.state().cement.volumeMl).toBe(0)
    await seek(start + 3)
    expect(handle.state().cement.volumeMl).toBeGreaterThan(0.3)
    const after = grey('lateral', ahead)
    expect(before).toBeGreaterThan(60)
    expect(after).toBeLessThan(before * 0.4)
  })

  it('changes the image when the timeline moves', async () => {
    const canvas = host.querySelector<HTMLCanvasElement>('.fluoro-images canvas')!
    const sum = () => {
      const gl = canvas.getContext('webgl2')!
      const px = new Uint8Array(4 * gl.drawingBufferWidth * gl.drawingBufferHeight)
      gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, px)
      let s = 0
      for (let i = 0; i < px.length; i += 4) s += px[i]
      return s / (px.length / 4)
    }
    await seek(2) // healthy: no needle
    const healthy = sum()
    await seek(handle.state().duration - 1) // the end: needle out, cement set
    const end = sum()
    expect(Math.abs(end - healthy)).toBeGreaterThan(0.5)
  })
})
