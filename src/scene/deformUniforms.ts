// Uniform values for DEFORM_GLSL from the plan and the current loss.
import { anchorY } from '../core/anatomy/fracture'
import type { Plan } from '../core/plans'

const MORPH_CODE = { wedge: 0, crush: 1, biconcave: 2 } as const

export function deformUniforms() {
  return {
    uLoss: { value: 0 },
    uMorph: { value: 0 },
    uAnchorY: { value: 0 },
    uZPost: { value: 0 },
    uEPD: { value: 1 },
    uEPW: { value: 1 },
  }
}

export function setDeformUniforms(u: Record<string, { value: unknown }>, plan: Plan, loss: number): void {
  u.uLoss.value = loss
  u.uMorph.value = MORPH_CODE[plan.case.morph]
  u.uAnchorY.value = anchorY(plan.layout)
  u.uZPost.value = plan.layout.zPost
  u.uEPD.value = plan.layout.m.EPD
  u.uEPW.value = plan.layout.m.EPW
}
