// The cement field for a case: the voxel model of its treated body (with the kyphoplasty cavities and the
// needle tracks) and the arrival field from its needle tips. Runs in the cement worker.
import type { CaseParams, ProcedureKey } from '../case'
import type { Vec3 } from '../anatomy/sdf'

import { layoutFor } from '../anatomy/vertebra'
import { instrumentLayout } from '../anatomy/instruments'
import { buildVoxelModel, cavitiesFor, exitMask, type VoxelModel } from './labels'
import { invade, sourcesAt, type CementField } from './field'
import { HydraulicDistance } from './distance'
import { stopLineZ, type InjectionStop, type StopRules } from './stop'

/** The arrival field with what the scene draws it against: the body's signed distance and where the exits are. */
export type CaseField = CementField & { bodySdf: Float32Array; exit: Uint8Array }

/** A body ready for pass 2: its voxels, where cement has left the bone, the needle tips and pass 1 (lazy). */
export interface Anatomy {
  key: string
  vm: VoxelModel
  exit: Uint8Array
  sources: number[]
  D: HydraulicDistance
  rules: StopRules
}

/** Another body like the case's: its own bone texture, and needle tips placed a little off the plan. */
export interface Variant {
  seed: number
  tipOffset: Vec3
}

/** What pass 1 depends on: the body, the fracture, the needles and (for kyphoplasty) the cavities. */
export function anatomyKey(c: CaseParams, procedure: ProcedureKey, variant?: Variant): string {
  const base = [
    procedure,
    c.level,
    c.morph,
    c.grade,
    c.cause,
    c.approach,
    c.wall,
    c.endplate,
    c.cleft,
    procedure === 'kp' ? c.vol : 0,
  ]
  return (variant ? [...base, variant.seed, ...variant.tipOffset] : base).join('|')
}

/** The voxel model of the case's body with its needles, and pass 1 from their tips. */
export function anatomyFor(c: CaseParams, procedure: ProcedureKey = c.proc, variant?: Variant): Anatomy {
  const layout = layoutFor(c.level)
  const inst = instrumentLayout(layout, { ...c, proc: procedure })
  const off = variant?.tipOffset ?? [0, 0, 0]
  const tips = inst.needles.map((n): Vec3 => [n.tip[0] + off[0], n.tip[1] + off[1], n.tip[2] + off[2]])
  const vm = buildVoxelModel({
    case: c,
    layout,
    seed: variant?.seed,
    // a balloon goes in through the cannula, so it sits where the cannula's tip does
    cavities:
      procedure === 'kp'
        ? cavitiesFor(inst).map((cv) => ({
            ...cv,
            centre: [cv.centre[0] + off[0], cv.centre[1] + off[1], cv.centre[2] + off[2]] as Vec3,
          }))
        : [],
    needles: inst.needles.map((n, i) => ({ bone: n.bone, tip: tips[i] })),
  })
  const sources = sourcesAt(vm, tips)
  const exit = exitMask(vm.label)
  const rules: StopRules = { posteriorZ: stopLineZ(layout) }
  return {
    key: anatomyKey(c, procedure, variant),
    vm,
    exit,
    sources,
    D: new HydraulicDistance(vm, sources, exit),
    rules,
  }
}

/** The arrival field, and the body's signed distance on the same grid (for drawing cut faces). */
export function cementFieldForCase(c: CaseParams, procedure: ProcedureKey = c.proc): CaseField {
  const a = anatomyFor(c, procedure)
  return { ...invade(a.vm, a.D, a.sources, c, a.rules), bodySdf: a.vm.bodySdf, exit: a.exit }
}

/**
 * The same, keeping the last anatomy: when only the injection changes (viscosity, mixing time, rate, or a
 * vertebroplasty volume) only pass 2 reruns.
 */
export function cementComputer(): (c: CaseParams, procedure?: ProcedureKey) => CaseField {
  let last: Anatomy | null = null
  return (c, procedure = c.proc) => {
    if (!last || last.key !== anatomyKey(c, procedure)) last = anatomyFor(c, procedure)
    return { ...invade(last.vm, last.D, last.sources, c, last.rules), bodySdf: last.vm.bodySdf, exit: last.exit }
  }
}

/** What the main thread keeps of a field besides the texture: enough for state() and the overlay. */
export interface CementSummary {
  key: string
  vmax: number
  curve: CementField['curve']
  events: CementField['events']
  stop: InjectionStop | null
}
