// The treated vertebra's cut face: what the plane passes through, mapped back to the healthy frame where
// the fields live. Cement where it has arrived; the ~1 mm cortical shell bright; cancellous bone as a
// porous weave of trabeculae and marrow; a kyphoplasty cavity dark until cement fills it.
import { CEMENT_COLOR_GLSL, DEFORM_GLSL, FIELD_GLSL } from './cementShader'

/**
 * Cut bone, shared by every cut face: cancellous bone as a porous weave of trabeculae (pale) and marrow
 * (red-brown), ~1.5 mm, in the bone's own frame so it moves with it; and the cortical shell's colour.
 */
export const BONE_GLSL = /* glsl */ `
float hash(vec3 p) { return fract(sin(dot(p, vec3(127.1, 311.7, 74.7))) * 43758.5453); }
float noise(vec3 p) {
  vec3 i = floor(p), f = fract(p);
  f = f * f * (3.0 - 2.0 * f);
  return mix(mix(mix(hash(i), hash(i + vec3(1, 0, 0)), f.x), mix(hash(i + vec3(0, 1, 0)), hash(i + vec3(1, 1, 0)), f.x), f.y),
             mix(mix(hash(i + vec3(0, 0, 1)), hash(i + vec3(1, 0, 1)), f.x), mix(hash(i + vec3(0, 1, 1)), hash(i + vec3(1, 1, 1)), f.x), f.y), f.z);
}

vec3 cancellousAt(vec3 q) {
  float weave = noise(q * 0.7) * 0.65 + noise(q * 1.6) * 0.35;
  return mix(vec3(0.62, 0.40, 0.33), vec3(0.88, 0.80, 0.66), smoothstep(0.42, 0.58, weave));
}
const vec3 CORTEX = vec3(0.96, 0.93, 0.84);
`

export const sectionFragment = /* glsl */ `
precision highp float;
precision highp sampler3D;
${FIELD_GLSL}uniform float uCortex;     // cortical shell thickness, mm
uniform float uCavity;     // 0..1: how far the kyphoplasty cavity has opened
uniform vec4 uCav[2];      // cavity ellipsoids: centre xyz, half-length along the needle
uniform vec4 uCavDir[2];   // needle direction xyz, half-width across
uniform int uCavities;
varying vec3 vWorld;
${DEFORM_GLSL}
${CEMENT_COLOR_GLSL}
${BONE_GLSL}

bool inCavity(vec3 q) {
  for (int i = 0; i < 2; i++) {
    if (i >= uCavities) break;
    vec3 d = q - uCav[i].xyz;
    float along = dot(d, uCavDir[i].xyz);
    float across = length(d - along * uCavDir[i].xyz);
    if ((along * along) / (uCav[i].w * uCav[i].w) + (across * across) / (uCavDir[i].w * uCavDir[i].w) <= 1.0) return true;
  }
  return false;
}

void main() {
  vec3 q = undeform(vWorld);
  vec3 uvw = (q - uBoxMin) / uBoxSize;
  vec3 bone = vec3(0.90, 0.85, 0.74);
  vec3 cancellous = cancellousAt(q); // in the healthy frame, so the weave collapses with the bone
  vec3 col = mix(bone * 0.92, cancellous, 0.55); // outside the field: the posterior elements, cut
  if (all(greaterThanEqual(uvw, vec3(0.0))) && all(lessThanEqual(uvw, vec3(1.0)))) {
    vec2 body = texture(uBody, uvw).rg;
    float a = texture(uField, uvw).r;
    if (body.r < 0.0) {
      col = body.r > -uCortex ? CORTEX : cancellous;
      if (uCavity > 0.0 && inCavity(q)) col = mix(col, vec3(0.25, 0.16, 0.13), uCavity);
    }
    if (a <= uVolume) col = cementColor(uCure, body.g); // in the bone, or where it has left it
  }
  gl_FragColor = vec4(col, 1.0);
}
`
