// The spine segment around the treated level, meshed: the vertebra above, the disc above, the treated
// vertebra, the disc below and the vertebra below. Pure; runs in the anatomy worker and in Node tests.
// The fracture is a morph target made from the treated mesh (fractureMorph): cheap enough for the main
// thread, so a new grade or morphology shows at once, without meshing again.
import type { Morphology } from '../case'
import { neighbours } from './morphometry'
import { layoutFor, discSdf, lowerOffsetY, vertebraSdf, type VertebraLayout } from './vertebra'
import { deformY } from './fracture'
import { sampleField, surfaceNets, vertexNormals, type MeshData } from './surfaceNets'
import type { Vec3 } from './sdf'

/** Grid steps, mm: the treated level finer, the neighbours coarser (context). */
const STEP_TREATED = 0.8
const STEP_CONTEXT = 1.1

export interface FractureMorph {
  /** positions and normals at full loss: the morph target */
  morphPositions: Float32Array
  morphNormals: Float32Array
  /** the loss fraction the morph target holds */
  fullLoss: number
}

export interface SegmentMeshes {
  level: string
  above: string
  below: string
  treated: MeshData
  vertebraAbove: MeshData
  vertebraBelow: MeshData
  /** in the frame of the vertebra above */
  discAbove: MeshData
  /** in the treated vertebra's frame */
  discBelow: MeshData
  /** y of the vertebra above / below in the treated frame */
  aboveY: number
  belowY: number
}

export function segmentLevels(level: string): { above: string; below: string } {
  const n = neighbours(level)
  if (!n.above || !n.below) throw new Error(`${level} needs a level above and below in the morphometry table`)
  return { above: n.above, below: n.below }
}

export function meshVertebra(L: VertebraLayout, step: number): MeshData {
  return surfaceNets(sampleField((x, y, z) => vertebraSdf(L, x, y, z), L.bounds.min, L.bounds.max, step))
}

export function meshDisc(upper: VertebraLayout, lower: VertebraLayout, step: number): MeshData {
  const w = Math.max(upper.m.EPW, lower.m.EPW) / 2 + 2,
    d = Math.max(upper.m.EPD, lower.m.EPD) / 2 + 2
  const top = -Math.min(upper.m.VBHa, upper.m.VBHp) / 2 + 2
  const bottom = lowerOffsetY(upper, lower) + Math.max(lower.m.VBHa, lower.m.VBHp) / 2 - 2
  const min: Vec3 = [-w, bottom, -d],
    max: Vec3 = [w, top, d]
  return surfaceNets(sampleField((x, y, z) => discSdf(upper, lower, x, y, z), min, max, step))
}

/** The treated vertebra at full loss for a morphology: positions and normals for morph target 0. */
export function fractureMorph(mesh: MeshData, L: VertebraLayout, morph: Morphology, fullLoss: number): FractureMorph {
  const morphPositions = new Float32Array(mesh.positions)
  for (let i = 0; i < morphPositions.length; i += 3) {
    morphPositions[i + 1] = deformY(morph, L, fullLoss, morphPositions[i], morphPositions[i + 1], morphPositions[i + 2])
  }
  return { morphPositions, morphNormals: vertexNormals(morphPositions, mesh.indices), fullLoss }
}

export function buildSegmentMeshes(level: string): SegmentMeshes {
  const { above, below } = segmentLevels(level)
  const Lt = layoutFor(level)
  const La = layoutFor(above)
  const Lb = layoutFor(below)
  return {
    level,
    above,
    below,
    treated: meshVertebra(Lt, STEP_TREATED),
    vertebraAbove: meshVertebra(La, STEP_CONTEXT),
    vertebraBelow: meshVertebra(Lb, STEP_CONTEXT),
    discAbove: meshDisc(La, Lt, STEP_CONTEXT),
    discBelow: meshDisc(Lt, Lb, STEP_CONTEXT),
    aboveY: -lowerOffsetY(La, Lt),
    belowY: lowerOffsetY(Lt, Lb),
  }
}
