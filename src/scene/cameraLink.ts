// The view the user last moved to, shared by every canvas on screen: when two procedures are compared, a
// drag in either turns both, so they are always seen from the same place.
import { Vector3 } from 'three'

export const userView = { position: new Vector3(), target: new Vector3(), version: 0, source: null as object | null }

/** A canvas's controls moved its camera: the others follow on their next frame. */
export function publishView(source: object, position: Vector3, target: Vector3): void {
  userView.position.copy(position)
  userView.target.copy(target)
  userView.source = source
  userView.version++
}
