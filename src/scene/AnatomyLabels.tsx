import { useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Html } from '@react-three/drei'
import { Vector3, type Group } from 'three'
import { useApp } from '../app/store'
import { frameState } from '../app/frameState'
import { labelAnchors } from '../core/anatomy/parts'
import { deformY } from '../core/anatomy/fracture'

import { layoutFor } from '../core/anatomy/vertebra'
import { segmentalPath } from '../core/anatomy/features'
import type { Vec3 } from '../core/anatomy/sdf'
import { useText } from '../app/text'
import { type StructureKey } from '../content/en'
import { structureOf } from './picking'
import { useCanvasResources } from './canvasResources'
import { useSide, useSidePlan } from './side'
import { useTagLayer } from './useTagLayer'
import { showTags, type TagBox } from '../core/spread'

interface Item {
  object: string
  local: Vec3
  text: string
  deform?: boolean
}
const v = new Vector3()
// this frame's tag boxes and which of them show, reused frame to frame
const pool: TagBox[] = []
const boxes: (TagBox | null)[] = []
const shown: boolean[] = []

/**
 * The labels layer: the treated vertebra's parts, the levels above and below, the discs, the dural sac and
 * the segmental vessels, each anchored outside the bone on its own object so it follows the camera and the
 * collapse.
 */
export function AnatomyLabels() {
  const layer = useTagLayer()
  const side = useSide()
  const { STRUCTURES, UI } = useText()
  const on = useApp((s) => s.labels)
  const anatomy = useApp((s) => s.anatomy)
  const plan = useSidePlan()
  const scene = useThree((s) => s.scene)
  const resources = useCanvasResources()
  const items = useMemo((): Item[] => {
    if (!anatomy) return []
    const L = plan.layout
    const out: Item[] = []
    const anchors = labelAnchors(L)
    const order = [
      'body',
      'pedicle.left',
      'spinous',
      'transverse.left',
      'facet.superior.left',
      'lamina.left',
      'facet.inferior.left',
    ]
    for (const [part, p] of order
      .filter((k) => k in anchors)
      .map((k) => [k, anchors[k as keyof typeof anchors]] as const)) {
      const key = structureOf(part) as StructureKey
      out.push({
        object: `vertebra.${anatomy.level}.body`,
        local: p!,
        deform: true,
        text: key === 'body' ? UI.treatedBody(anatomy.level) : STRUCTURES[key].name,
      })
    }
    const processes = out.splice(1)
    for (const lv of [anatomy.above, anatomy.below]) {
      out.push({ object: `vertebra.${lv}`, local: [0, 0, layoutFor(lv).zAnt + 6], text: lv })
    }
    const ay = L.m.EPD / 2
    out.push({
      object: `disc.${anatomy.level}-${anatomy.below}`,
      local: [0, -(L.m.VBHa + L.m.VBHp) / 4 - L.m.discBelow / 2, ay + 5],
      text: STRUCTURES.disc.name,
    })
    out.push({ object: 'canal', local: [0, 14, 0], text: STRUCTURES.sac.name })
    const seg = segmentalPath(L, 1)
    out.push({
      object: `vertebra.${anatomy.level}.body`,
      local: seg[Math.floor(seg.length / 2)],
      deform: true,
      text: STRUCTURES.segmental.name,
    })
    return [...out, ...processes]
  }, [anatomy, plan.layout, STRUCTURES, UI])
  const groups = useRef<(Group | null)[]>([])
  const tags = useRef<(HTMLDivElement | null)[]>([])
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  useFrame(() => {
    if (!on) return
    const loss = frameState(side).loss
    boxes.length = items.length
    items.forEach((it, i) => {
      const g = groups.current[i],
        obj = resources.findNamed(scene, it.object),
        tag = tags.current[i]
      boxes[i] = null
      if (!g || !obj) return
      const [x, y, z] = it.local
      v.set(x, it.deform ? deformY(plan.case.morph, plan.layout, loss, x, y, z) : y, z)
      obj.localToWorld(v)
      g.position.copy(v)
      v.project(camera)
      if (v.z >= 1) return // behind the camera
      const box = (boxes[i] = pool[i] ??= { x: 0, y: 0, w: 0, h: 0 })
      box.x = (v.x * 0.5 + 0.5) * size.width
      box.y = (-v.y * 0.5 + 0.5) * size.height
      box.w = (tag?.offsetWidth ?? 80) + 2
      box.h = tag?.offsetHeight ?? 22
    })
    // in priority order, a tag that would overlap one already shown, or not fit in the view, stays hidden
    showTags(boxes, size.width, size.height, 3, shown)
    tags.current.forEach((tag, i) => {
      if (tag) tag.style.visibility = shown[i] ? 'visible' : 'hidden'
    })
  })
  if (!on) return null
  return (
    <group name="anatomy-labels">
      {items.map((it, i) => (
        <group
          key={`${it.object}:${it.text}`}
          ref={(g) => {
            groups.current[i] = g
          }}
        >
          <Html portal={layer} center zIndexRange={[20, 0]} style={{ pointerEvents: 'none' }}>
            <div
              className="label-tag"
              ref={(d) => {
                tags.current[i] = d
              }}
            >
              {it.text}
            </div>
          </Html>
        </group>
      ))}
    </group>
  )
}
