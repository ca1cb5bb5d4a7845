import { useEffect, useMemo } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { DoubleSide, Matrix4, NotEqualStencilFunc, ReplaceStencilOp, ShaderMaterial, Vector4 } from 'three'
import { morphometry } from '../core/anatomy/morphometry'
import { CORTEX_MM } from '../core/cement/labels'
import { Cap, type CapKey } from './capping'
import { WORLD_VERTEX } from './cementShader'
import { boneCapFragment } from './boneCapShader'
import { useCanvasResources } from './canvasResources'

const toLocal = new Matrix4()

/** The cut face of a neighbouring vertebra, shaded as cortex and cancellous bone in its own frame. */
export function BoneCap({ cap, level }: { cap: CapKey; level: string }) {
  const scene = useThree((s) => s.scene)
  const resources = useCanvasResources()
  const material = useMemo(() => {
    const m = morphometry(level)
    return new ShaderMaterial({
      vertexShader: WORLD_VERTEX,
      fragmentShader: boneCapFragment,
      side: DoubleSide,
      stencilWrite: true,
      stencilRef: 0,
      stencilFunc: NotEqualStencilFunc,
      stencilFail: ReplaceStencilOp,
      stencilZFail: ReplaceStencilOp,
      stencilZPass: ReplaceStencilOp,
      uniforms: {
        uToLocal: { value: new Matrix4() },
        uBody: { value: new Vector4(m.EPW, m.EPD, m.VBHa, m.VBHp) },
        uCortex: { value: CORTEX_MM },
      },
    })
  }, [level])
  useEffect(() => () => material.dispose(), [material])
  useFrame(() => {
    const v = resources.findNamed(scene, `vertebra.${level}`)
    if (v) material.uniforms.uToLocal.value = toLocal.copy(v.matrixWorld).invert()
  })
  return <Cap cap={cap} material={material} />
}
