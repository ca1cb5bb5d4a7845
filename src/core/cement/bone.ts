// Osteoporotic cancellous bone for the cement model (cement-flow.md sections 1.3 and 6): porosity from
// BV/TV, Kozeny-Carman permeability with Baroud's anisotropy, and a smooth random entry threshold (the
// pore-scale disorder that a weak stabilising gradient lets the front follow).
import { hash3, valueNoise } from '../random'

/** BV/TV of osteoporotic vertebral cancellous bone: about 0.06-0.15 (cement-flow.md 1.3); 0.10 here. */
export const BVTV = 0.1
/** k_AP = k_ML = 0.78 k_SI (Baroud 2004: 3.44 vs 4.45 x 1e-8 m^2). */
export const K_TRANSVERSE = 0.78
/** BV/TV of the bone the balloon compacts into a shell around its cavity (cement-flow.md 2.3). */
export const SHELL_BVTV = 0.3

/** Kozeny-Carman permeability relative to the reference porosity 0.9. */
function kozenyCarman(phi: number): number {
  return phi ** 3 / (1 - phi) ** 2 / (0.9 ** 3 / 0.1 ** 2)
}

export interface Pore {
  phi: number
  slowY: number
  slowXZ: number
  entry: number
}

/**
 * Bone at (x, y, z): BV/TV +-20 % smooth noise (4 mm cells), denser within 3 mm of an endplate
 * (`nearPlate` 0..1); the entry threshold varies on 2.5 mm cells and from pore to pore. `shell` marks compacted bone.
 */
export function trabecular(x: number, y: number, z: number, seed: number, nearPlate: number, shell = false): Pore {
  const bvtv = shell ? SHELL_BVTV : BVTV * (0.8 + 0.4 * valueNoise(x, y, z, 4, seed)) * (1 + 0.4 * nearPlate)
  const phi = 1 - bvtv
  const slowY = Math.sqrt(1 / kozenyCarman(phi))
  // disorder on two scales: smooth patches (2.5 mm) and pore to pore (one voxel)
  const rough =
    0.65 * valueNoise(x + 100, y, z, 2.5, seed ^ 0x5bd1e995) +
    0.35 * hash3(Math.round(x * 2), Math.round(y * 2), Math.round(z * 2), seed ^ 0x27d4eb2d)
  // compacted bone is ~19x less permeable (Kozeny-Carman above) and harder to enter (threshold x3)
  return { phi, slowY, slowXZ: slowY / Math.sqrt(K_TRANSVERSE), entry: (shell ? 3 : 1) * (0.4 + 1.2 * rough) }
}
