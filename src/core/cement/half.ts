// Float32 -> IEEE half-float bits, for a filterable R16F 3D texture (FloatType with LinearFilter breaks on
// iOS/iPadOS: cement-flow.md section 0). Values past the half range become +Infinity.
const f32 = new Float32Array(1)
const u32 = new Uint32Array(f32.buffer)

export function toHalf(x: number): number {
  f32[0] = x
  const b = u32[0]
  const sign = (b >>> 16) & 0x8000
  const exp = (b >>> 23) & 0xff
  let mant = b & 0x7fffff
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0)
  const e = exp - 127 + 15
  if (e >= 0x1f) return sign | 0x7c00
  if (e <= 0) {
    if (e < -10) return sign
    mant = (mant | 0x800000) >> (1 - e)
    return sign | ((mant + 0x1000) >> 13)
  }
  return sign | (e << 10) | ((mant + 0x1000) >> 13)
}

export function toHalfArray(src: Float32Array): Uint16Array {
  const out = new Uint16Array(src.length)
  for (let i = 0; i < src.length; i++) out[i] = toHalf(src[i])
  return out
}
