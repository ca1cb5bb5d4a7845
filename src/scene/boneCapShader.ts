// The cut face of a neighbouring vertebra: its body's signed distance (core/anatomy/vertebra.ts bodySdf,
// same formulas) in its own frame gives the ~1 mm cortical shell around cancellous bone; the posterior
// elements show cancellous bone throughout.
import { BONE_GLSL } from './sectionShader'

export const boneCapFragment = /* glsl */ `
uniform mat4 uToLocal;
uniform vec4 uBody;   // EPW, EPD, VBHa, VBHp, mm
uniform float uCortex;
varying vec3 vWorld;
${BONE_GLSL}

float sminK(float a, float b, float k) { float h = max(k - abs(a - b), 0.0) / k; return min(a, b) - h * h * k * 0.25; }
float smaxK(float a, float b, float k) { return -sminK(-a, -b, k); }

float bodySdf(vec3 p) {
  float W = uBody.x, D = uBody.y, Ha = uBody.z, Hp = uBody.w;
  float zPost = -D * 0.5, rz = D * 0.5 * 1.12, cz = D * 0.5 - rz;
  float H = Hp + (Ha - Hp) * (p.z - zPost) / D;
  float t = min(1.0, abs(p.y) / (H * 0.5));
  float waist = 1.0 - 0.06 * (1.0 - t * t);
  float rx = W * 0.5 * waist, rzz = rz * waist;
  float ell = (sqrt(p.x * p.x / (rx * rx) + (p.z - cz) * (p.z - cz) / (rzz * rzz)) - 1.0) * min(rx, rzz);
  float r2 = p.x * p.x / (W * W * 0.25) + p.z * p.z / (D * D * 0.25);
  float dish = r2 < 0.49 ? pow(1.0 - r2 / 0.49, 2.0) : 0.0;
  float top = p.y - (H * 0.5 - 1.5 * dish);
  float bottom = -H * 0.5 + 0.7 * dish - p.y;
  return smaxK(smaxK(smaxK(ell, zPost - p.z, 1.5), top, 1.2), bottom, 1.2);
}

void main() {
  vec3 q = (uToLocal * vec4(vWorld, 1.0)).xyz;
  float d = bodySdf(q);
  vec3 col = d < 0.0 && d > -uCortex ? CORTEX : cancellousAt(q);
  gl_FragColor = vec4(col, 1.0);
}
`
