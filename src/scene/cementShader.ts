// Shared GLSL: the fracture deformation of core/anatomy/fracture.ts (damage, deformY's inverse), so every
// shader that maps the collapsed body back to the healthy frame (where the fields live) agrees with the mesh.
export const DEFORM_GLSL = /* glsl */ `
uniform float uLoss;
uniform int uMorph;
uniform float uAnchorY;
uniform float uZPost;
uniform float uEPD;
uniform float uEPW;

float damage(vec3 p) {
  if (uMorph == 0) return clamp((p.z - uZPost) / uEPD, 0.0, 1.0);
  if (uMorph == 1) { float a = clamp((p.z - (uZPost - 6.0)) / 6.0, 0.0, 1.0); return a * a * (3.0 - 2.0 * a); }
  float r2 = p.x * p.x / (0.25 * uEPW * uEPW) + p.z * p.z / (0.25 * uEPD * uEPD);
  return p.z <= uZPost ? 0.0 : max(0.0, 1.0 - r2);
}

vec3 undeform(vec3 p) {
  if (p.y <= uAnchorY || uLoss == 0.0) return p;
  float k = max(1e-3, 1.0 - uLoss * damage(p));
  return vec3(p.x, uAnchorY + (p.y - uAnchorY) / k, p.z);
}
`

// Cement colours, shared by the raymarch and the cut face. Fresh cement is cool white, cured cement warmer;
// cement that has left the bone (in a vein, the disc, the canal or the tissue outside) is tinted Okabe-Ito's
// reddish purple (#CC79A7), which neither the bone, the vessels nor the risk scale uses.
export const CEMENT_COLOR_GLSL = /* glsl */ `
vec3 cementColor(float cure, float outside) {
  vec3 base = mix(vec3(0.95, 0.96, 0.97), vec3(0.90, 0.86, 0.76), cure);
  return mix(base, vec3(0.80, 0.47, 0.65), smoothstep(0.25, 0.6, outside));
}
`

/**
 * Rays through the field's box, for a fragment shader that has FIELD_GLSL, DEFORM_GLSL and vWorld before it:
 * the eye ray through the fragment and the part of it inside the box, and a point's place in the field.
 */
export const FIELD_RAY_GLSL = /* glsl */ `
vec2 hitBox(vec3 o, vec3 d) {
  vec3 inv = 1.0 / d;
  vec3 a = (uBoxMin - o) * inv, b = (uBoxMin + uBoxSize - o) * inv;
  vec3 lo = min(a, b), hi = max(a, b);
  return vec2(max(max(lo.x, lo.y), lo.z), min(min(hi.x, hi.y), hi.z));
}
// o + t d for t in [t0, t1], t0 >= 0; false when the ray misses the box
bool eyeRay(out vec3 o, out vec3 d, out float t0, out float t1) {
  o = cameraPosition;
  d = normalize(vWorld - o);
  vec2 span = hitBox(o, d);
  t0 = max(span.x, 0.0);
  t1 = span.y;
  return t1 > t0;
}
// a point's texture coordinate in the field (mapped back through the fracture); false outside the box
bool fieldAt(vec3 p, out vec3 uvw) {
  uvw = (undeform(p) - uBoxMin) / uBoxSize;
  return all(greaterThanEqual(uvw, vec3(0.0))) && all(lessThanEqual(uvw, vec3(1.0)));
}
`

// The cement worker's fields (fieldTextures.ts) as every field-reading shader declares them.
export const FIELD_GLSL = /* glsl */ `
uniform sampler3D uField; // r: injected volume (mL) at which the voxel fills
uniform sampler3D uBody;  // r: the body's signed distance, g: 1 where cement has left the bone
uniform vec3 uBoxMin;
uniform vec3 uBoxSize;
uniform float uVolume;
uniform float uCure;
`

// Raymarching the cement arrival field: a voxel is cement once the injected volume reaches its arrival
// volume, so the picture at any t is a threshold (a uniform), and seeking costs nothing. Samples are
// mapped back through the fracture deformation (core/anatomy/fracture.ts, same formulas) into the healthy
// frame where the field lives.
/** Passes each fragment its world position: every field-reading shader here starts from it. */
export const WORLD_VERTEX = /* glsl */ `
varying vec3 vWorld;
void main() {
  vec4 w = modelMatrix * vec4(position, 1.0);
  vWorld = w.xyz;
  gl_Position = projectionMatrix * viewMatrix * w;
}
`

export const cementFragment = /* glsl */ `
precision highp float;
precision highp sampler3D;
uniform mat4 projectionMatrix; // not in three's fragment prefix; shared with the vertex stage
${FIELD_GLSL}uniform vec4 uClip; // section plane: points with dot(xyz, p) + w < 0 are cut away; w = 1e9 when off
varying vec3 vWorld;

${DEFORM_GLSL}
${CEMENT_COLOR_GLSL}
${FIELD_RAY_GLSL}
float arrival(vec3 p) {
  vec3 uvw;
  if (dot(uClip.xyz, p) + uClip.w < 0.0 || !fieldAt(p, uvw)) return 1e4;
  return texture(uField, uvw).r;
}

void main() {
  vec3 o, d;
  float t0, t1;
  if (!eyeRay(o, d, t0, t1)) discard;
  // ~0.9 mm steps (about a voxel), then bisection: the ray's length sets the count, at most MAX_STEPS
  const int MAX_STEPS = 120;
  int steps = int(clamp(ceil((t1 - t0) / 0.9), 8.0, float(MAX_STEPS)));
  float dt = (t1 - t0) / float(steps);
  float t = t0, prev = t0;
  bool hit = false;
  for (int i = 0; i < MAX_STEPS; i++) {
    if (i >= steps) break;
    if (arrival(o + d * t) <= uVolume) { hit = true; break; }
    prev = t;
    t += dt;
  }
  if (!hit) discard;
  float a = prev, b = t;
  for (int i = 0; i < 6; i++) {
    float m = 0.5 * (a + b);
    if (arrival(o + d * m) <= uVolume) b = m; else a = m;
  }
  vec3 p = o + d * b;
  float e = 1.1; // a wide gradient smooths the normals of the voxel-scale front
  vec3 g = vec3(
    arrival(p + vec3(e, 0.0, 0.0)) - arrival(p - vec3(e, 0.0, 0.0)),
    arrival(p + vec3(0.0, e, 0.0)) - arrival(p - vec3(0.0, e, 0.0)),
    arrival(p + vec3(0.0, 0.0, e)) - arrival(p - vec3(0.0, 0.0, e)));
  vec3 n = length(g) > 1e-5 ? normalize(g) : -d;
  if (dot(n, d) > 0.0) n = -n;
  vec3 light = normalize(-d + vec3(0.35, 0.6, 0.1));
  float diff = max(dot(n, light), 0.0);
  float spec = pow(max(dot(reflect(-light, n), -d), 0.0), 28.0) * (1.0 - 0.75 * uCure);
  // fresh cement is glossy; cured, it is matte
  vec3 base = cementColor(uCure, texture(uBody, (undeform(p) - uBoxMin) / uBoxSize).g);
  vec3 col = base * (0.32 + 0.78 * diff) + vec3(spec * 0.45);
  gl_FragColor = vec4(col, 1.0);
  vec4 clip = projectionMatrix * viewMatrix * vec4(p, 1.0);
  gl_FragDepth = 0.5 * (clip.z / clip.w) + 0.5;
}
`
