// Seeded, deterministic randomness: the same case gives the same picture on every machine.

/** 32-bit string hash (FNV-1a). */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Hash of an integer lattice point and a seed to [0, 1). */
export function hash3(i: number, j: number, k: number, seed: number): number {
  let h = Math.imul(i, 0x27d4eb2d) ^ Math.imul(j, 0x165667b1) ^ Math.imul(k, 0x9e3779b1) ^ seed
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296
}

/** Smooth value noise in [0, 1) with correlation length `cell` (same units as x, y, z). */
export function valueNoise(x: number, y: number, z: number, cell: number, seed: number): number {
  const fx = x / cell,
    fy = y / cell,
    fz = z / cell
  const i = Math.floor(fx),
    j = Math.floor(fy),
    k = Math.floor(fz)
  const u = smooth(fx - i),
    v = smooth(fy - j),
    w = smooth(fz - k)
  return lerp(
    lerp(
      lerp(hash3(i, j, k, seed), hash3(i + 1, j, k, seed), u),
      lerp(hash3(i, j + 1, k, seed), hash3(i + 1, j + 1, k, seed), u),
      v,
    ),
    lerp(
      lerp(hash3(i, j, k + 1, seed), hash3(i + 1, j, k + 1, seed), u),
      lerp(hash3(i, j + 1, k + 1, seed), hash3(i + 1, j + 1, k + 1, seed), u),
      v,
    ),
    w,
  )
}
const smooth = (u: number) => u * u * (3 - 2 * u)
const lerp = (a: number, b: number, t: number) => a + (b - a) * t

/** A small seeded generator of uniform numbers in [0, 1) (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
