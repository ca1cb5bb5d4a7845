// The cement field for a case: the voxel model of its treated body (with the kyphoplasty cavities and the
// needle tracks) and the arrival field from its needle tips. Runs in the cement worker.
import type { CaseParams, ProcedureKey } from '../case'

import { layoutFor } from '../anatomy/vertebra'
import { instrumentLayout } from '../anatomy/instruments'
import { buildVoxelModel, cavitiesFor } from './labels'
import { computeCementField, type CementField } from './field'

/** The arrival field, and the body's signed distance on the same grid (for drawing cut faces). */
export function cementFieldForCase(c: CaseParams, procedure: ProcedureKey = c.proc): CementField & { bodySdf: Float32Array } {
  const layout = layoutFor(c.level)
  const inst = instrumentLayout(layout, { ...c, proc: procedure })
  const vm = buildVoxelModel({
    case: c,
    layout,
    cavities: procedure === 'kp' ? cavitiesFor(inst) : [],
    needles: inst.needles.map((n) => ({ bone: n.bone, tip: n.tip })),
  })
  return { ...computeCementField(vm, inst.needles.map((n) => n.tip), c), bodySdf: vm.bodySdf }
}

/** What the main thread keeps of a field besides the texture: enough for state() and the overlay. */
export interface CementSummary {
  key: string
  vmax: number
  curve: CementField['curve']
  events: CementField['events']
}
