// Solid cut faces for the cross-section (after three.js's webgl_clipping_stencil): each capped object draws
// its clipped back faces incrementing the stencil and its front faces decrementing it, so the stencil is
// non-zero exactly where the plane passes through its inside; then a cap on the plane draws there and
// clears the stencil for the next object. Objects take turns by renderOrder (CAP_ORDER).
import { useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import {
  AlwaysStencilFunc,
  BackSide,
  DecrementWrapStencilOp,
  DoubleSide,
  FrontSide,
  IncrementWrapStencilOp,
  MeshBasicMaterial,
  MeshStandardMaterial,
  NotEqualStencilFunc,
  ReplaceStencilOp,
  Vector3,
  type BufferGeometry,
  type Material,
  type Mesh,
} from 'three'
import { useApp } from '../app/store'
import { SECTION_PLANE, SECTION_PLANES } from './Sectioned'

/** Turn of each capped object: its stencil passes draw at this order, its cap just after. */
const CAP_ORDER = {
  vertebraBelow: 1,
  discBelow: 2,
  treated: 3,
  discAbove: 4,
  vertebraAbove: 5,
  sac: 6,
  sacUpper: 7,
} as const
export type CapKey = keyof typeof CAP_ORDER

function stencilMaterial(side: typeof BackSide | typeof FrontSide): MeshBasicMaterial {
  const op = side === BackSide ? IncrementWrapStencilOp : DecrementWrapStencilOp
  return new MeshBasicMaterial({
    side,
    depthWrite: false,
    depthTest: false,
    colorWrite: false,
    stencilWrite: true,
    stencilFunc: AlwaysStencilFunc,
    stencilFail: op,
    stencilZFail: op,
    stencilZPass: op,
    clippingPlanes: SECTION_PLANES,
  })
}

/**
 * The two stencil passes of one closed mesh. Pass `source` to share a morphing mesh's influences (the
 * treated vertebra), so the passes see the same collapsed shape.
 */
export function StencilPasses({
  geometry,
  cap,
  source,
}: {
  geometry: BufferGeometry
  cap: CapKey
  source?: React.RefObject<Mesh | null>
}) {
  const on = useApp((s) => s.section.on)
  const mats = useMemo(() => ({ back: stencilMaterial(BackSide), front: stencilMaterial(FrontSide) }), [])
  useEffect(
    () => () => {
      mats.back.dispose()
      mats.front.dispose()
    },
    [mats],
  )
  const back = useRef<Mesh>(null),
    front = useRef<Mesh>(null)
  useFrame(() => {
    const inf = source?.current?.morphTargetInfluences
    if (!inf) return
    for (const m of [back.current, front.current])
      if (m) {
        if (!m.morphTargetInfluences) m.updateMorphTargets()
        if (m.morphTargetInfluences) m.morphTargetInfluences[0] = inf[0]
      }
  })
  if (!on) return null
  return (
    <>
      <mesh ref={back} geometry={geometry} material={mats.back} renderOrder={CAP_ORDER[cap]} />
      <mesh ref={front} geometry={geometry} material={mats.front} renderOrder={CAP_ORDER[cap]} />
    </>
  )
}

const normal = new Vector3(),
  point = new Vector3()

/** One cap: a large plane on the section plane, drawn where its object's stencil count is not zero. */
export function Cap({ cap, color, material }: { cap: CapKey; color?: string; material?: Material }) {
  const ref = useRef<Mesh>(null)
  const own = useMemo(
    () =>
      new MeshStandardMaterial({
        color,
        roughness: 0.85,
        side: DoubleSide,
        stencilWrite: true,
        stencilRef: 0,
        stencilFunc: NotEqualStencilFunc,
        stencilFail: ReplaceStencilOp,
        stencilZFail: ReplaceStencilOp,
        stencilZPass: ReplaceStencilOp,
      }),
    [color],
  )
  useEffect(() => () => own.dispose(), [own])
  useFrame(() => {
    const m = ref.current
    if (!m) return
    normal.copy(SECTION_PLANE.normal)
    SECTION_PLANE.coplanarPoint(point)
    m.position.copy(point)
    m.lookAt(point.x + normal.x, point.y + normal.y, point.z + normal.z)
  })
  return (
    <mesh
      ref={ref}
      name={`cap.${cap}`}
      material={material ?? own}
      renderOrder={CAP_ORDER[cap] + 0.1}
      onAfterRender={(gl) => gl.clearStencil()}
    >
      <planeGeometry args={[400, 400]} />
    </mesh>
  )
}
