// The simulated radiograph, in three passes (core/fluoro/physics.ts has the numbers):
// 1. thickness (the bones that never move once, those that do at each pulse over them): every closed mesh adds mu x (its length along each ray) to a float target. With additive
//    blending, a back face adds mu x its distance from the source and a front face subtracts it, so what is
//    left is mu times the length inside (the pairs cancel outside). The cancellous core is the same mesh
//    moved in along its normals by the cortical shell, with (mu cancellous - mu cortex): the cortex is what
//    is left between the two, so the outline of a bone is dark where the shell is seen edge-on.
// 2. cement: the arrival field summed along each ray, as the 3D view raymarches it.
// 3. display: exp(-gain x the sum), grain, vignette and the round field of an image intensifier, and the
//    monitor's invert.
import { AddEquation, CustomBlending, DoubleSide, BackSide, OneFactor, ShaderMaterial, type Texture } from 'three'
import { DEFORM_GLSL, FIELD_GLSL, FIELD_RAY_GLSL, WORLD_VERTEX } from '../cementShader'
import { deformUniforms } from '../deformUniforms'
import { fieldUniforms } from '../canvasResources'
import { DISPLAY } from '../../core/fluoro/physics'
import { SOURCE_MM } from '../../core/fluoro/carm'

const additive = {
  blending: CustomBlending,
  blendEquation: AddEquation,
  blendSrc: OneFactor,
  blendDst: OneFactor,
  blendSrcAlpha: OneFactor,
  blendDstAlpha: OneFactor,
  depthTest: false,
  depthWrite: false,
  transparent: false,
} as const

const THICKNESS_VERTEX = /* glsl */ `
#include <common>
#include <morphtarget_pars_vertex>
uniform float uInset;
varying vec3 vEye;
void main() {
  #include <morphinstance_vertex>
  #include <beginnormal_vertex>
  #include <morphnormal_vertex>
  #include <begin_vertex>
  #include <morphtarget_vertex>
  transformed -= normalize(objectNormal) * uInset;
  vec4 mv = modelViewMatrix * vec4(transformed, 1.0);
  vEye = mv.xyz;
  gl_Position = projectionMatrix * mv;
}
`

// distances from the source are large (~600 mm) and the lengths small: the source's distance to the
// isocentre, taken off every distance, cancels between the faces of a closed mesh and keeps the sums precise
const THICKNESS_FRAGMENT = /* glsl */ `
uniform float uMu;
uniform float uRef;
varying vec3 vEye;
void main() {
  float d = length(vEye) - uRef;
  gl_FragColor = vec4(gl_FrontFacing ? -uMu * d : uMu * d, 0.0, 0.0, 1.0);
}
`

/** mu x the length inside a closed mesh, added to the target; `insetMm` moves the surface in along its normals. */
export function thicknessMaterial(mu: number, insetMm = 0): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: THICKNESS_VERTEX,
    fragmentShader: THICKNESS_FRAGMENT,
    uniforms: { uMu: { value: mu }, uInset: { value: insetMm }, uRef: { value: SOURCE_MM } },
    side: DoubleSide,
    ...additive,
  })
}

const CEMENT_FRAGMENT = /* glsl */ `
precision highp float;
precision highp sampler3D;
${FIELD_GLSL}uniform float uMu;
varying vec3 vWorld;
${DEFORM_GLSL}
${FIELD_RAY_GLSL}
float filled(vec3 p) {
  vec3 uvw;
  if (!fieldAt(p, uvw)) return 0.0;
  // a soft threshold (0.04 mL) so the front does not alias into rings
  return clamp((uVolume - texture(uField, uvw).r) / 0.04 + 0.5, 0.0, 1.0);
}
void main() {
  vec3 o, d;
  float t0, t1;
  if (!eyeRay(o, d, t0, t1)) discard;
  // about a voxel a step (trilinear samples of the soft threshold), at most 80
  const int MAX_STEPS = 80;
  int steps = int(clamp(ceil((t1 - t0) / 0.8), 4.0, float(MAX_STEPS)));
  float dt = (t1 - t0) / float(steps), sum = 0.0;
  for (int i = 0; i < MAX_STEPS; i++) {
    if (i >= steps) break;
    sum += filled(o + d * (t0 + (float(i) + 0.5) * dt));
  }
  gl_FragColor = vec4(uMu * sum * dt, 0.0, 0.0, 1.0);
}
`

/** The cement in the arrival field at the current volume, summed along each ray (drawn on the field's box). */
export function cementXrayMaterial(mu: number): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: WORLD_VERTEX,
    fragmentShader: CEMENT_FRAGMENT,
    uniforms: { ...fieldUniforms(), ...deformUniforms(), uMu: { value: mu } },
    side: BackSide,
    ...additive,
  })
}

const SCREEN_VERTEX = /* glsl */ `
varying vec2 vUv;
void main() { vUv = uv; gl_Position = vec4(position.xy, 0.0, 1.0); }
`

const DISPLAY_FRAGMENT = /* glsl */ `
precision highp float;
uniform sampler2D tBone;
uniform sampler2D tDevices;
uniform vec2 uTexel;
uniform float uSeed;
uniform float uFieldMm;
uniform float uInvert;
varying vec2 vUv;

float hash(vec2 p) { return fract(sin(dot(p, vec2(12.9898, 78.233)) + uSeed) * 43758.5453); }
float lattice(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float valueNoise(vec2 p) {
  vec2 i = floor(p), f = fract(p);
  f = f * f * (3.0 - 2.0 * f);
  return mix(mix(lattice(i), lattice(i + vec2(1.0, 0.0)), f.x), mix(lattice(i + vec2(0.0, 1.0)), lattice(i + vec2(1.0, 1.0)), f.x), f.y);
}
// cancellous bone is a lattice of trabeculae: its shadow is mottled on the scale of a millimetre
float trabecular(vec2 uv) {
  vec2 mm = uv * uFieldMm;
  return 0.65 * valueNoise(mm / 0.9) + 0.35 * valueNoise(mm / 2.3 + 7.0);
}
float line(vec2 uv) { return texture2D(tBone, uv).r * (0.82 + 0.36 * trabecular(uv)) + texture2D(tDevices, uv).r; }
// the soft tissue is not quite even: a faint, fixed unevenness (bowel, muscle) over a few centimetres
float tissue(vec2 uv) {
  vec2 q = uv * 3.0;
  return 0.06 * (sin(q.x * 2.1 + 1.3) * sin(q.y * 1.7 + 0.4) + 0.5 * sin(q.x * 4.3 + q.y * 3.1));
}

void main() {
  vec2 c = vUv - 0.5;
  float r = length(c) * 2.0;
  // the image intensifier's round field: black outside, a soft rim
  float field = 1.0 - smoothstep(0.955, 0.975, r);
  if (field <= 0.0) { gl_FragColor = vec4(0.0, 0.0, 0.0, 1.0); return; }
  // digital fluoroscopy sharpens edges a little (unsharp mask over a couple of texels)
  float p = line(vUv);
  vec2 e = uTexel * 1.5;
  float blur = 0.25 * (line(vUv + vec2(e.x, 0.0)) + line(vUv - vec2(e.x, 0.0)) + line(vUv + vec2(0.0, e.y)) + line(vUv - vec2(0.0, e.y)));
  p += 0.6 * (p - blur) + tissue(vUv);
  float g = min(1.0, ${DISPLAY.background.toFixed(3)} * exp(-${DISPLAY.gain.toFixed(3)} * p));
  // quantum mottle: fewer photons, relatively more noise
  float n = (hash(floor(gl_FragCoord.xy)) + hash(floor(gl_FragCoord.xy) + 17.0) - 1.0);
  g += ${DISPLAY.grain.toFixed(3)} * n * sqrt(max(g, 0.02));
  g *= 1.0 - ${DISPLAY.vignette.toFixed(3)} * r * r;
  g = clamp(g, 0.0, 1.0);
  // the monitor's invert: its grey scale turned over, the round field's black kept
  gl_FragColor = vec4(vec3(mix(g, 1.0 - g, uInvert) * field), 1.0);
}
`

const SUM_FRAGMENT = /* glsl */ `
uniform sampler2D tSource;
varying vec2 vUv;
void main() { gl_FragColor = vec4(texture2D(tSource, vUv).r, 0.0, 0.0, 1.0); }
`

/** Adds one line-integral target to another (the bones that never move, under those that do). */
export function sumMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: SCREEN_VERTEX,
    fragmentShader: SUM_FRAGMENT,
    uniforms: { tSource: { value: null as Texture | null } },
    ...additive,
  })
}

/** The monitor: one image from the bone and device targets of one projection. */
export function displayMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: SCREEN_VERTEX,
    fragmentShader: DISPLAY_FRAGMENT,
    uniforms: {
      tBone: { value: null as Texture | null },
      tDevices: { value: null as Texture | null },
      uTexel: { value: [1 / 256, 1 / 256] },
      uSeed: { value: 0 },
      uFieldMm: { value: 120 },
      uInvert: { value: 0 },
    },
    depthTest: false,
    depthWrite: false,
  })
}
