import { useEffect, useMemo, useRef, useState } from 'react'
import { createPortal, useFrame, useThree } from '@react-three/fiber'
import { FloatType, HalfFloatType, LinearFilter, Mesh, OrthographicCamera, PerspectiveCamera, PlaneGeometry, RGBAFormat, Scene, WebGLRenderTarget } from 'three'
import { frameState } from '../../app/frameState'
import { useApp } from '../../app/store'
import { carmViews, fluoroLayout, PROJECTIONS, SOURCE_MM, type Projection } from '../../core/fluoro/carm'
import { useSide, useSidePlan } from '../side'
import { PULSES_PER_SECOND } from '../../core/fluoro/physics'
import { displayMaterial } from './xrayShaders'
import { XrayBone } from './XrayBone'
import { XrayDevices } from './XrayDevices'

/** Largest image the passes draw, px a side: a fluoroscopy image is soft, and the passes stay cheap. */
const MAX_RES = 512

/**
 * Draws the two radiographs into this canvas: the bones into a target per projection (again only when they
 * move, collapse and lift, and then at the pulse rate of a pulsed C-arm), the instruments and cement into
 * another every frame, then each image through
 * the monitor shader into its square of the canvas (core/fluoro/carm.ts fluoroLayout, the same squares the
 * labels and guides over the canvas use).
 */
export function XrayRenderer({ words }: { words: { below: number; beside: number } }) {
  const side = useSide()
  const plan = useSidePlan()
  const anatomy = useApp((s) => s.anatomy)
  const [bones] = useState(() => new Scene())
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
    const material = displayMaterial()
    const quad = new Mesh(new PlaneGeometry(2, 2), material)
    quad.frustumCulled = false
    const scene = new Scene()
    scene.add(quad)
    return { scene, material, quad, camera: new OrthographicCamera() }
  }, [])
  const targets = useMemo(() => new Map<string, WebGLRenderTarget>(), [])
  useEffect(() => () => {
    for (const t of targets.values()) t.dispose()
    screen.material.dispose(); screen.quad.geometry.dispose()
  }, [targets, screen])
  // what the bone targets were drawn for
  const drawn = useRef<{ anatomy: unknown; plan: unknown; loss: number; res: number } | null>(null)
  const lastPulse = useRef(-Infinity)
  const invalidate = useThree((s) => s.invalidate)

  useFrame(({ gl, size, viewport }) => {
    const st = frameState(side)
    const { frames } = fluoroLayout(size.width, size.height, words)
    const res = Math.max(64, Math.min(MAX_RES, Math.ceil((frames[0].size * viewport.dpr) / 32) * 32))
    const float = gl.extensions.has('EXT_float_blend')
    const target = (name: string) => {
      let t = targets.get(name)
      if (!t || t.width !== res) {
        t?.dispose()
        t = new WebGLRenderTarget(res, res, { type: float ? FloatType : HalfFloatType, format: RGBAFormat, minFilter: LinearFilter, magFilter: LinearFilter, depthBuffer: false })
        targets.set(name, t)
        drawn.current = null
      }
      return t
    }
    const autoClear = gl.autoClear
    gl.autoClear = false
    gl.setClearColor(0x000000, 0)
    // the bones: only when they have moved (or the case, the level or the size changed)
    const was = drawn.current
    const changed = !was || was.anatomy !== anatomy || was.plan !== plan || was.res !== res
    const moved = was !== null && was.loss !== st.scene.loss
    // like a pulsed C-arm: moving bones are imaged again at the pulse rate, and once more when they stop
    const nowMs = performance.now()
    const bonesDue = changed || (moved && nowMs - lastPulse.current >= 1000 / PULSES_PER_SECOND)
    if (moved && !bonesDue) invalidate()
    for (const p of PROJECTIONS) {
      const b = target(`bone.${p}`), d = target(`dev.${p}`)
      if (bonesDue) { gl.setRenderTarget(b); gl.clear(); gl.render(bones, cameras[p]) }
      gl.setRenderTarget(d); gl.clear(); gl.render(devices, cameras[p])
    }
    if (bonesDue) { drawn.current = { anatomy, plan, loss: st.scene.loss, res }; lastPulse.current = nowMs }
    gl.setRenderTarget(null)
    gl.setScissorTest(false)
    gl.setClearColor(0x0b0d10, 1)
    gl.clear()
    const u = screen.material.uniforms
    u.uSeed.value = (Math.round(st.json.t * 30) % 997) * 0.731
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
      {createPortal(<XrayBone />, bones)}
      {createPortal(<XrayDevices />, devices)}
    </>
  )
}
