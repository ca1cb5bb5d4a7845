import { useEffect, useMemo } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { DoubleSide, Matrix4, NotEqualStencilFunc, ReplaceStencilOp, ShaderMaterial } from 'three'
import { useApp } from '../app/store'
import { morphometry } from '../core/anatomy/morphometry'
import { Cap, type CapKey } from './capping'
import { WORLD_VERTEX } from './cementShader'
import { useCanvasResources } from './canvasResources'

// The cut through a disc: the gelatinous nucleus in the middle (a little behind centre), ringed by the
// lamellae of the annulus fibrosus.
const fragment = /* glsl */ `
uniform mat4 uToDisc;
uniform vec2 uAxes;
varying vec3 vWorld;
void main() {
  vec3 p = (uToDisc * vec4(vWorld, 1.0)).xyz;
  float r = length(vec2(p.x / uAxes.x, (p.z + 0.1 * uAxes.y) / uAxes.y));
  vec3 annulus = vec3(0.55, 0.66, 0.76) * (0.9 + 0.1 * step(0.5, fract(r * 11.0)));
  vec3 nucleus = vec3(0.86, 0.90, 0.94);
  gl_FragColor = vec4(mix(nucleus, annulus, smoothstep(0.42, 0.5, r)), 1.0);
}
`
const toDisc = new Matrix4()

/** The cut face of a disc, shaded as nucleus and annulus in the disc's own frame. */
export function DiscCap({ cap, upper, lower }: { cap: CapKey; upper: string; lower: string }) {
  const scene = useThree((s) => s.scene)
  const resources = useCanvasResources()
  const anatomy = useApp((s) => s.anatomy)
  const material = useMemo(() => {
    const mu = morphometry(upper),
      ml = morphometry(lower)
    return new ShaderMaterial({
      vertexShader: WORLD_VERTEX,
      fragmentShader: fragment,
      side: DoubleSide,
      stencilWrite: true,
      stencilRef: 0,
      stencilFunc: NotEqualStencilFunc,
      stencilFail: ReplaceStencilOp,
      stencilZFail: ReplaceStencilOp,
      stencilZPass: ReplaceStencilOp,
      // the disc's ellipse, as discSdf makes it (core/anatomy/vertebra.ts)
      uniforms: {
        uToDisc: { value: new Matrix4() },
        uAxes: { value: [(Math.min(mu.EPW, ml.EPW) / 2) * 0.97, (Math.min(mu.EPD, ml.EPD) / 2) * 0.97] },
      },
    })
  }, [upper, lower])
  useEffect(() => () => material.dispose(), [material])
  const name = `disc.${upper}-${lower}`
  useFrame(() => {
    const disc = anatomy && resources.findNamed(scene, name)
    if (disc) material.uniforms.uToDisc.value = toDisc.copy(disc.matrixWorld).invert()
  })
  return <Cap cap={cap} material={material} />
}
