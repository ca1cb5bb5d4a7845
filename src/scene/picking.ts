// Turning a pointer hit on the anatomy into the structure it names. The treated vertebra is hit in its
// collapsed shape, so the point is mapped back to the healthy frame before asking which part it is.
import type { ThreeEvent } from '@react-three/fiber'
import { Vector3 } from 'three'
import { store } from '../app/store'
import { focusRisk, pick } from '../app/viewActions'
import { frameState, type SideId } from '../app/frameState'

import { layoutFor } from '../core/anatomy/vertebra'
import { partAt } from '../core/anatomy/parts'
import { undeformY } from '../core/anatomy/fracture'
import type { Pathway } from '../core/risk/model'

const local = new Vector3()

/** The structure key of a vertebra part: 'pedicle.left' -> 'pedicle', 'facet.superior.left' -> 'facet.superior'. */
export function structureOf(part: string): string {
  return part.replace(/\.(left|right)$/, '')
}

/** R3F calls onClick after a drag too; a tap is a press that barely moved (delta is in pixels). */
const isTap = (e: ThreeEvent<MouseEvent>) => e.delta <= 6

/** While a button is held the user is turning the view: no hover tags then. */
const dragging = (e: ThreeEvent<PointerEvent>) => e.nativeEvent.buttons !== 0

function at(e: ThreeEvent<PointerEvent | MouseEvent>, key: string, level: string | undefined, pinned: boolean) {
  e.stopPropagation()
  pick({ key, level, point: [e.point.x, e.point.y, e.point.z], pinned })
}

/**
 * Handlers for a vertebra mesh; `treated` maps the hit back through the fracture deformation of its side's
 * procedure (the two compared differ in how much height they win back).
 */
export function vertebraHandlers(level: string, treated = false, side: SideId = 'main') {
  const partOf = (e: ThreeEvent<PointerEvent | MouseEvent>) => {
    e.object.worldToLocal(local.copy(e.point))
    const L = layoutFor(level)
    let y = local.y
    if (treated) {
      const s = store.getState()
      y = undeformY(s.case.morph, s.plan.layout, frameState(side).loss, local.x, local.y, local.z)
    }
    return structureOf(partAt(L, local.x, y, local.z))
  }
  return {
    onPointerMove: (e: ThreeEvent<PointerEvent>) => {
      if (!dragging(e)) at(e, partOf(e), level, false)
    },
    onPointerOut: () => pick(null),
    onClick: (e: ThreeEvent<MouseEvent>) => {
      if (isTap(e)) at(e, partOf(e), level, true)
    },
  }
}

/** Handlers for anything named by one structure key (disc, sac, vessels, instruments). */
export function structureHandlers(key: string, level?: string) {
  return {
    onPointerMove: (e: ThreeEvent<PointerEvent>) => {
      if (!dragging(e)) at(e, key, level, false)
    },
    onPointerOut: () => pick(null),
    onClick: (e: ThreeEvent<MouseEvent>) => {
      if (isTap(e)) at(e, key, level, true)
    },
  }
}

/**
 * The canvas's hit order: leak-risk regions first, then by distance. They are drawn over the bone (no depth
 * test), so a tap on one should reach it even where bone lies in front.
 */
export function riskRegionsFirst<T extends { object: { userData: Record<string, unknown> } }>(hits: T[]): T[] {
  const region = (h: T) => (h.object.userData.riskPathway ? 0 : 1)
  return hits
    .map((h, i) => [h, i] as const)
    .sort((a, b) => region(a[0]) - region(b[0]) || a[1] - b[1])
    .map(([h]) => h)
}

/** A tap on a leak-risk region: explain that pathway. */
export function riskHandlers(pathway: Pathway) {
  return {
    onClick: (e: ThreeEvent<MouseEvent>) => {
      if (isTap(e)) {
        e.stopPropagation()
        focusRisk(pathway)
      }
    },
    onPointerOver: () => {
      document.body.style.cursor = 'pointer'
    },
    onPointerOut: () => {
      document.body.style.cursor = ''
    },
  }
}
