import { useEffect, useMemo, useRef, useState } from 'react'
import { createPortal, useFrame, useThree } from '@react-three/fiber'
import {
  FloatType,
  HalfFloatType,
  LinearFilter,
  Mesh,
  OrthographicCamera,
  PerspectiveCamera,
  PlaneGeometry,
  RGBAFormat,
  Scene,
  WebGLRenderTarget,
  type ShaderMaterial,
} from 'three'
import { frameState } from '../../app/frameState'
import { store, useApp } from '../../app/store'
import { carmViews, fluoroLayout, PROJECTIONS, SOURCE_MM, type Projection } from '../../core/fluoro/carm'
import { useSide, useSidePlan } from '../side'
import { exposuresDue, type Exposures } from '../../core/fluoro/pulses'
import { displayMaterial, sumMaterial } from './xrayShaders'
import { XrayBone } from './XrayBone'
import { XrayDevices } from './XrayDevices'

/** Largest image the passes draw, px a side: a fluoroscopy image is soft, and the passes stay cheap. */
const MAX_RES = 512

/**
 * Draws the two radiographs into this canvas: per projection, the bones that never move into one target
 * (once per case and size), those that do (the collapsing body and the vertebra above) over a copy of it in
 * another, again only when they move and then one plane per pulse (core/fluoro/pulses.ts), the instruments
 * and cement into a third every frame, then each image through
 * the monitor shader into its square of the canvas (core/fluoro/carm.ts fluoroLayout, the same squares the
 * labels and guides over the canvas use).
 */
export function XrayRenderer({ words, inverted }: { words: { below: number; beside: number }; inverted: boolean }) {
  const side = useSide()
  const plan = useSidePlan()
  const anatomy = useApp((s) => s.anatomy)
  const [fixed] = useState(() => new Scene())
  const [moving] = useState(() => new Scene())
  const [devices] = useState(() => new Scene())
  const cameras = useMemo(() => {
    const views = carmViews(plan.layout)
    const make = (p: Projection) => {
      const v = views[p]
      const cam = new PerspectiveCamera(v.fovDeg, 1, SOURCE_MM - 250, SOURCE_MM + 250)
      cam.position.set(...v.source)
      cam.up.set(...v.up)
      cam.lookAt(...v.centre)
      cam.updateMatrixWorld()
      return cam
    }
    return { lateral: make('lateral'), ap: make('ap'), views }
  }, [plan.layout])
  const screen = useMemo(() => {
    const quadScene = (material: ShaderMaterial) => {
      const quad = new Mesh(new PlaneGeometry(2, 2), material)
      quad.frustumCulled = false
      return new Scene().add(quad)
    }
    const material = displayMaterial(),
      sum = sumMaterial()
    return { scene: quadScene(material), material, sumScene: quadScene(sum), sum, camera: new OrthographicCamera() }
  }, [])
  const targets = useMemo(() => new Map<string, WebGLRenderTarget>(), [])
  useEffect(
    () => () => {
      for (const t of targets.values()) t.dispose()
      for (const sc of [screen.scene, screen.sumScene]) (sc.children[0] as Mesh).geometry.dispose()
      screen.material.dispose()
      screen.sum.dispose()
    },
    [targets, screen],
  )
  // what the bone images were taken of: the case and size (a change empties `shown`), and each plane's pulse
  const drawnFor = useRef<{ anatomy: unknown; plan: unknown; res: number } | null>(null)
  const shown = useRef<Exposures>({})
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    screen.material.uniforms.uInvert.value = inverted ? 1 : 0
    invalidate()
  }, [inverted, screen, invalidate])

  useFrame(({ gl, size, viewport }) => {
    const st = frameState(side)
    const { frames } = fluoroLayout(size.width, size.height, words)
    const res = Math.max(64, Math.min(MAX_RES, Math.ceil((frames[0].size * viewport.dpr) / 32) * 32))
    const float = gl.extensions.has('EXT_float_blend')
    const target = (name: string) => {
      let t = targets.get(name)
      if (!t || t.width !== res) {
        t?.dispose()
        t = new WebGLRenderTarget(res, res, {
          type: float ? FloatType : HalfFloatType,
          format: RGBAFormat,
          minFilter: LinearFilter,
          magFilter: LinearFilter,
          depthBuffer: false,
        })
        targets.set(name, t)
      }
      return t
    }
    const autoClear = gl.autoClear
    gl.autoClear = false
    gl.setClearColor(0x000000, 0)
    // the bones: the part that never moves once per case and size; the rest again at each pulse over it
    const was = drawnFor.current
    if (!was || was.anatomy !== anatomy || was.plan !== plan || was.res !== res) {
      drawnFor.current = { anatomy, plan, res }
      shown.current = {}
    }
    const nowMs = performance.now()
    const { due, pending } = exposuresDue(shown.current, st.loss, nowMs, store.getState().clock.playing)
    if (pending) invalidate()
    for (const p of PROJECTIONS) {
      if (due.includes(p)) {
        const f = target(`fixed.${p}`),
          b = target(`bone.${p}`)
        if (!shown.current[p]) {
          gl.setRenderTarget(f)
          gl.clear()
          gl.render(fixed, cameras[p])
        }
        gl.setRenderTarget(b)
        gl.clear()
        screen.sum.uniforms.tSource.value = f.texture
        gl.render(screen.sumScene, screen.camera)
        gl.render(moving, cameras[p])
        shown.current[p] = { loss: st.loss, atMs: nowMs }
      }
      const d = target(`dev.${p}`)
      gl.setRenderTarget(d)
      gl.clear()
      gl.render(devices, cameras[p])
    }
    gl.setRenderTarget(null)
    gl.setScissorTest(false)
    gl.setClearColor(0x0b0d10, 1)
    gl.clear()
    const u = screen.material.uniforms
    u.uSeed.value = (Math.round(st.t * 30) % 997) * 0.731
    u.uTexel.value = [1 / res, 1 / res]
    PROJECTIONS.forEach((p, i) => {
      const f = frames[i]
      const y = size.height - f.y - f.size
      gl.setViewport(f.x, y, f.size, f.size)
      gl.setScissor(f.x, y, f.size, f.size)
      gl.setScissorTest(true)
      u.tBone.value = targets.get(`bone.${p}`)!.texture
      u.tDevices.value = targets.get(`dev.${p}`)!.texture
      u.uFieldMm.value = cameras.views[p].fieldMm
      gl.render(screen.scene, screen.camera)
    })
    gl.setScissorTest(false)
    gl.setViewport(0, 0, size.width, size.height)
    gl.autoClear = autoClear
  }, 1)

  return (
    <>
      <XrayBone fixed={fixed} moving={moving} />
      {createPortal(<XrayDevices />, devices)}
    </>
  )
}
