// A named object of the scene, found once and kept while it stays attached: per-frame code must not
// traverse the whole scene graph each time it needs one.
import type { Object3D } from 'three'

const found = new Map<string, Object3D>()

export function findNamed(scene: Object3D, name: string): Object3D | undefined {
  const hit = found.get(name)
  if (hit?.parent) return hit
  const obj = scene.getObjectByName(name)
  if (obj) found.set(name, obj)
  else found.delete(name)
  return obj
}
