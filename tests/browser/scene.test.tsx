// Real WebGL in Chromium (SwiftShader): the guard fails loudly if WebGL2 is missing, then the whole app
// mounts, builds its anatomy and cement field in workers, and draws.
import { afterAll, describe, expect, it } from 'vitest'
import { mountApp, type Handle } from './mountApp'

describe('WebGL', () => {
  it('has WebGL2 (check the --use-angle=swiftshader --enable-unsafe-swiftshader flags if this fails)', () => {
    const gl = document.createElement('canvas').getContext('webgl2')
    expect(gl, 'no WebGL2 context: the browser tests cannot run').not.toBeNull()
    const ext = gl!.getExtension('WEBGL_debug_renderer_info')
    console.log('renderer:', ext ? gl!.getParameter(ext.UNMASKED_RENDERER_WEBGL) : 'hidden')
  })
})

describe('scene', () => {
  let app: ReturnType<typeof mountApp> | null = null
  let host: HTMLDivElement
  afterAll(() => app?.unmount())

  it('mounts, becomes ready and draws the spine', async () => {
    app = mountApp('?proc=kp&t=50')
    host = app.host
    const handle = await app.ready
    const info = handle.renderInfo()
    expect(info.calls).toBeGreaterThan(0)
    expect(info.triangles).toBeGreaterThan(20_000) // three vertebrae and two discs, not an empty frame
    expect(document.documentElement.dataset.ready).toBe('1')
    const s = handle.state()
    expect(s.procedure).toBe('kp')
    expect(s.chapter).toBe('cavity-fill')
    expect(s.t).toBeCloseTo(50, 5)
    // the canvas really holds pixels: some of them are not the background
    const canvas = host.querySelector('canvas')!
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGL2RenderingContext
    const px = new Uint8Array(4 * 64 * 64)
    gl.readPixels(
      Math.floor(gl.drawingBufferWidth / 2) - 32,
      Math.floor(gl.drawingBufferHeight / 2) - 32,
      64,
      64,
      gl.RGBA,
      gl.UNSIGNED_BYTE,
      px,
    )
    let lit = 0
    for (let i = 0; i < px.length; i += 4) if (px[i] + px[i + 1] + px[i + 2] > 200) lit++
    expect(lit).toBeGreaterThan(64 * 64 * 0.05)
  })

  it('redraws when seeking, and the picture changes', async () => {
    const handle = (window as unknown as { __spineviz: Handle }).__spineviz
    handle.seek(0)
    await new Promise((r) => setTimeout(r, 300))
    expect(handle.state().chapter).toBe('healthy')
    expect(handle.state().vertebra.anteriorHeightMm).toBeGreaterThan(24)
    expect(handle.renderInfo().calls).toBeGreaterThan(0)
  })
})
