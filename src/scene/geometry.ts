// Mesh data from the workers -> three BufferGeometry. The caller owns (and disposes) what it gets.
import { BufferAttribute, BufferGeometry } from 'three'
import type { MeshData } from '../core/anatomy/surfaceNets'
import { fractureMorph, type FractureMorph } from '../core/anatomy/segment'
import type { VertebraLayout } from '../core/anatomy/vertebra'
import type { Morphology } from '../core/case'

/** `coarse`: the mesh's coarser surface where it has one (MeshData.coarseIndices), for the radiograph. */
export function toGeometry(m: MeshData, coarse = false): BufferGeometry {
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(m.positions, 3))
  g.setAttribute('normal', new BufferAttribute(m.normals, 3))
  g.setIndex(new BufferAttribute(coarse && m.coarseIndices ? m.coarseIndices : m.indices, 1))
  g.computeBoundingSphere()
  return g
}

/** The treated vertebra with its fracture as morph target 0 (absolute positions). */
export function toFracturedGeometry(m: MeshData, f: FractureMorph, coarse = false): BufferGeometry {
  const g = toGeometry(m, coarse)
  g.morphAttributes.position = [new BufferAttribute(f.morphPositions, 3)]
  g.morphAttributes.normal = [new BufferAttribute(f.morphNormals, 3)]
  g.morphTargetsRelative = false
  return g
}

/**
 * Gives any geometry in the treated vertebra's frame the same fracture morph target as the vertebra
 * (deformY at full loss), so vessels and fracture features move exactly with the collapsing bone. Its
 * normals stay as they are, but are given as a morph target too: with the same morph attributes as the
 * vertebra, these meshes share its shader program (one link fewer before the first frame).
 */
export function addFractureMorph(
  g: BufferGeometry,
  deform: (x: number, y: number, z: number) => number,
): BufferGeometry {
  const src = g.getAttribute('position')
  const out = new Float32Array(src.count * 3)
  for (let i = 0; i < src.count; i++) {
    const x = src.getX(i),
      y = src.getY(i),
      z = src.getZ(i)
    out[3 * i] = x
    out[3 * i + 1] = deform(x, y, z)
    out[3 * i + 2] = z
  }
  g.morphAttributes.position = [new BufferAttribute(out, 3)]
  const normal = g.getAttribute('normal')
  if (normal) g.morphAttributes.normal = [normal]
  g.morphTargetsRelative = false
  return g
}

let lastMorph: { args: [MeshData, VertebraLayout, Morphology, number]; out: FractureMorph } | null = null

/** fractureMorph, computed once for the canvases that draw the same treated vertebra (3D and fluoroscopy). */
export function sharedFractureMorph(
  mesh: MeshData,
  L: VertebraLayout,
  morph: Morphology,
  fullLoss: number,
): FractureMorph {
  const a = lastMorph?.args
  if (lastMorph && a && a[0] === mesh && a[1] === L && a[2] === morph && a[3] === fullLoss) return lastMorph.out
  lastMorph = { args: [mesh, L, morph, fullLoss], out: fractureMorph(mesh, L, morph, fullLoss) }
  return lastMorph.out
}
