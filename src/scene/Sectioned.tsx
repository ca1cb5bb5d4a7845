import { useEffect, useRef, type ReactNode } from 'react'
import { useFrame } from '@react-three/fiber'
import { Plane, Vector3, type Group, type Material, type Mesh, type Object3D } from 'three'
import { store, useApp } from '../app/store'
import { sectionPlane } from '../core/section'

/**

 * Shared on purpose by every canvas and every sectioned material: one cut, so both procedures compared are
 * cut in the same place. The array is the same object throughout; adding or
 * removing the plane changes its length, and three recompiles the materials that clip.
 */
export const SECTION_PLANE = new Plane(new Vector3(-1, 0, 0), 0)
export const SECTION_PLANES: Plane[] = []

const apply = (o: Object3D) => {
  const m = (o as Mesh).material as Material | Material[] | undefined
  if (!m) return
  for (const mat of Array.isArray(m) ? m : [m])
    if (mat.clippingPlanes !== SECTION_PLANES) {
      mat.clippingPlanes = SECTION_PLANES
      mat.needsUpdate = true
    }
}

/** Anatomy inside this group is cut by the section plane when the section is on; instruments stay whole. */
export function Sectioned({ children }: { children: ReactNode }) {
  const ref = useRef<Group>(null)
  const section = useApp((s) => s.section)
  useEffect(() => {
    const p = sectionPlane(section)
    SECTION_PLANE.normal.set(...p.normal)
    SECTION_PLANE.constant = p.constant
    SECTION_PLANES.length = 0
    if (section.on) SECTION_PLANES.push(SECTION_PLANE)
  }, [section])
  // materials appear as the case changes: hand each one the shared planes (a no-op once it has them)
  useFrame(() => {
    if (store.getState().section.on) ref.current?.traverse(apply)
  })
  return (
    <group ref={ref} name="sectioned">
      {children}
    </group>
  )
}
