import { useEffect, useMemo } from 'react'
import { useFrame } from '@react-three/fiber'
import { DoubleSide, NotEqualStencilFunc, ReplaceStencilOp, ShaderMaterial, Vector4 } from 'three'
import { frameState } from '../app/frameState'
import { CEMENT_STEP, CORTEX_MM } from '../core/cement/labels'
import { balloonAxes } from '../core/anatomy/balloon'
import { Cap } from './capping'
import { fieldUniforms, setFieldUniforms, useCanvasResources } from './canvasResources'
import { deformUniforms, setDeformUniforms } from './deformUniforms'
import { sectionFragment } from './sectionShader'
import { WORLD_VERTEX } from './cementShader'
import { COLORS } from './materials'
import { useSide, useSidePlan, useSideTexture } from './side'

/** The treated vertebra's cut face, drawn from its fields: cortex, cancellous bone, cavity and cement. */
export function TreatedCap() {
  const side = useSide()
  const tex = useSideTexture()
  const plan = useSidePlan()
  const resources = useCanvasResources()
  const material = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader: WORLD_VERTEX,
        fragmentShader: sectionFragment,
        side: DoubleSide,
        stencilWrite: true,
        stencilRef: 0,
        stencilFunc: NotEqualStencilFunc,
        stencilFail: ReplaceStencilOp,
        stencilZFail: ReplaceStencilOp,
        stencilZPass: ReplaceStencilOp,
        uniforms: {
          ...fieldUniforms(),
          uCortex: { value: CORTEX_MM },
          uCavity: { value: 0 },
          uCav: { value: [new Vector4(), new Vector4()] },
          uCavDir: { value: [new Vector4(), new Vector4()] },
          uCavities: { value: 0 },
          ...deformUniforms(),
        },
      }),
    [],
  )
  useEffect(() => () => material.dispose(), [material])
  useFrame(() => {
    if (!tex) return
    const scene = frameState(side)
    const u = material.uniforms
    setFieldUniforms(u, resources.fieldTextures(tex), scene.cementMl, scene.cure)
    u.uCavity.value = plan.procedure === 'kp' ? scene.cavity : 0
    // the drawn cavity sits a voxel inside the field's: where a cut grazes the cavity's top or bottom, the
    // filtered field there is part cavity, part shell, and must not show as an empty cavity beside the cement
    const inst = plan.instruments,
      full = balloonAxes(inst.balloonMl, inst.balloonMm)
    const ax = { along: Math.max(0.5, full.along - CEMENT_STEP), across: Math.max(0.5, full.across - CEMENT_STEP) }
    u.uCavities.value = plan.procedure === 'kp' ? inst.balloonCentres.length : 0
    inst.balloonCentres.forEach((c, i) => {
      if (i > 1) return
      u.uCav.value[i].set(c[0], c[1], c[2], ax.along)
      const d = inst.needles[i].dir
      u.uCavDir.value[i].set(d[0], d[1], d[2], ax.across)
    })
    setDeformUniforms(u, plan, scene.loss)
  })
  return tex ? <Cap cap="treated" material={material} /> : <Cap cap="treated" color={COLORS.boneCut} />
}
