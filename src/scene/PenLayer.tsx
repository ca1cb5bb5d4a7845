import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { Line } from '@react-three/drei'
import { Raycaster, Vector2, Vector3, type Object3D } from 'three'
import { useApp } from '../app/store'
import { penExtend, penStart } from '../app/pen'
import { COLORS } from './materials'

const ray = new Raycaster(),
  ndc = new Vector2(),
  normal = new Vector3(),
  point = new Vector3()
/** How far a stroke floats off the surface (mm): enough not to sink into it, too little to see. */
const LIFT_MM = 0.5

/** The point under the pointer on the anatomy's surface, lifted along its normal, or null off the anatomy. */
function surfacePoint(
  e: PointerEvent,
  el: HTMLElement,
  camera: Parameters<Raycaster['setFromCamera']>[1],
  root: Object3D,
): [number, number, number] | null {
  const r = el.getBoundingClientRect()
  ndc.set(((e.clientX - r.left) / r.width) * 2 - 1, -((e.clientY - r.top) / r.height) * 2 + 1)
  ray.setFromCamera(ndc, camera)
  const hit = ray.intersectObject(root, true).find((h) => h.face && h.object.visible)
  if (!hit?.face) return null
  normal.copy(hit.face.normal).transformDirection(hit.object.matrixWorld)
  point.copy(hit.point).addScaledVector(normal, LIFT_MM)
  return [point.x, point.y, point.z]
}

/**
 * The surgeon's pen: with the pen down, a drag on the anatomy draws on its surface (the view does not
 * turn); the strokes are drawn in world space, so they stay on the vertebra as the camera moves.
 */
export function PenLayer() {
  const on = useApp((s) => s.pen)
  const strokes = useApp((s) => s.strokes)
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const scene = useThree((s) => s.scene)
  const controls = useThree((s) => s.controls) as unknown as { enabled: boolean } | null
  useEffect(() => {
    if (!on) return
    const el = gl.domElement
    const root = () => scene.getObjectByName('segment') ?? scene
    let drawing = false
    const down = (e: PointerEvent) => {
      const p = surfacePoint(e, el, camera, root())
      if (!p) return
      drawing = true
      el.setPointerCapture?.(e.pointerId)
      penStart(p)
    }
    const move = (e: PointerEvent) => {
      if (!drawing) return
      const p = surfacePoint(e, el, camera, root())
      if (p) penExtend(p)
    }
    const up = () => {
      drawing = false
    }
    if (controls) controls.enabled = false
    el.addEventListener('pointerdown', down)
    el.addEventListener('pointermove', move)
    el.addEventListener('pointerup', up)
    el.addEventListener('pointercancel', up)
    return () => {
      if (controls) controls.enabled = true
      el.removeEventListener('pointerdown', down)
      el.removeEventListener('pointermove', move)
      el.removeEventListener('pointerup', up)
      el.removeEventListener('pointercancel', up)
    }
  }, [on, gl, camera, scene, controls])
  const lines = useMemo(() => strokes.filter((s) => s.length > 1), [strokes])
  return (
    <group name="pen">
      {lines.map((pts, i) => (
        <Line key={i} points={pts} color={COLORS.pen} lineWidth={4} />
      ))}
    </group>
  )
}
