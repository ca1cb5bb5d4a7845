// Naive surface nets (after M. Lysenko): one vertex per cell that straddles the surface, at the mean of
// its edge crossings, and one quad per grid edge that crosses it. Closed when the field is positive on the
// grid's border.
import type { Vec3 } from './sdf'

export interface MeshData {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  /**
   * A coarser surface over the same vertices (baked vertebrae: models/generate.ts), for images where a
   * tenth of a millimetre is below a pixel (the radiograph). Any morph target of the full mesh fits it too.
   */
  coarseIndices?: Uint32Array
}

export interface SampledField {
  values: Float32Array
  dims: [number, number, number]
  min: Vec3
  step: number
  /** per cell: 1 where the cell may straddle the surface (narrow band), 0 where it cannot */
  near?: Uint8Array
}

/** Cells per side of a coarse block in narrow-band sampling. */
const BLOCK = 4

/**
 * Sample f on a grid covering [min, max] padded by two cells, so the border is outside the shape.
 * Narrow band: f is first sampled at block corners; a block whose corners are all farther from the surface
 * than its diagonal plus 1 mm (smooth unions only lower a distance; smooth intersections raise it by at most k/4) keeps the
 * trilinear interpolation of its corners, which has the right sign and is never meshed.
 */
export function sampleField(
  f: (x: number, y: number, z: number) => number,
  min: Vec3,
  max: Vec3,
  step: number,
): SampledField {
  const o: Vec3 = [min[0] - 2 * step, min[1] - 2 * step, min[2] - 2 * step]
  const dims: [number, number, number] = [0, 0, 0]
  for (let a = 0; a < 3; a++) dims[a] = Math.ceil((max[a] + 2 * step - o[a]) / step / BLOCK) * BLOCK + 1
  const [nx, ny, nz] = dims
  const bx = (nx - 1) / BLOCK,
    by = (ny - 1) / BLOCK,
    bz = (nz - 1) / BLOCK
  const coarse = new Float32Array((bx + 1) * (by + 1) * (bz + 1))
  let n = 0
  for (let k = 0; k <= bz; k++)
    for (let j = 0; j <= by; j++)
      for (let i = 0; i <= bx; i++)
        coarse[n++] = f(o[0] + i * BLOCK * step, o[1] + j * BLOCK * step, o[2] + k * BLOCK * step)
  const cAt = (i: number, j: number, k: number) => coarse[i + (bx + 1) * (j + (by + 1) * k)]
  const values = new Float32Array(nx * ny * nz)
  const exact = new Uint8Array(nx * ny * nz) // 1 once f itself was evaluated at a point (blocks share faces)
  const near = new Uint8Array((nx - 1) * (ny - 1) * (nz - 1))
  const band = BLOCK * step * Math.sqrt(3) + 1
  const c = new Float64Array(8)
  for (let K = 0; K < bz; K++)
    for (let J = 0; J < by; J++)
      for (let I = 0; I < bx; I++) {
        let far = true
        for (let q = 0; q < 8; q++) {
          c[q] = cAt(I + (q & 1), J + ((q >> 1) & 1), K + ((q >> 2) & 1))
          if (Math.abs(c[q]) < band) far = false
        }
        // a far block must not straddle: all corners on one side
        if (far) for (let q = 1; q < 8; q++) if (c[q] < 0 !== c[0] < 0) far = false
        for (let dk = 0; dk <= BLOCK; dk++)
          for (let dj = 0; dj <= BLOCK; dj++)
            for (let di = 0; di <= BLOCK; di++) {
              const i = I * BLOCK + di,
                j = J * BLOCK + dj,
                k = K * BLOCK + dk
              const idx = i + nx * (j + ny * k)
              if (far) {
                if (values[idx] !== 0) continue // written already, perhaps exactly by a near neighbour block
                const u = di / BLOCK,
                  v = dj / BLOCK,
                  w = dk / BLOCK
                const x00 = c[0] + (c[1] - c[0]) * u,
                  x10 = c[2] + (c[3] - c[2]) * u
                const x01 = c[4] + (c[5] - c[4]) * u,
                  x11 = c[6] + (c[7] - c[6]) * u
                const y0 = x00 + (x10 - x00) * v,
                  y1 = x01 + (x11 - x01) * v
                values[idx] = y0 + (y1 - y0) * w || 1e-6
              } else {
                if (!exact[idx]) {
                  values[idx] = f(o[0] + i * step, o[1] + j * step, o[2] + k * step) || 1e-6
                  exact[idx] = 1
                }
                if (di < BLOCK && dj < BLOCK && dk < BLOCK) near[i + (nx - 1) * (j + (ny - 1) * k)] = 1
              }
            }
      }
  // force the border outside so the mesh closes
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        if (i === 0 || j === 0 || k === 0 || i === nx - 1 || j === ny - 1 || k === nz - 1) {
          const idx = i + nx * (j + ny * k)
          if (values[idx] <= 0) values[idx] = step
        }
      }
  return { values, dims, min: o, step, near }
}

const CORNERS: Vec3[] = [
  [0, 0, 0],
  [1, 0, 0],
  [0, 1, 0],
  [1, 1, 0],
  [0, 0, 1],
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 1],
]
const EDGES: [number, number][] = []
for (let a = 0; a < 8; a++)
  for (let b = a + 1; b < 8; b++) {
    const d =
      Math.abs(CORNERS[a][0] - CORNERS[b][0]) +
      Math.abs(CORNERS[a][1] - CORNERS[b][1]) +
      Math.abs(CORNERS[a][2] - CORNERS[b][2])
    if (d === 1) EDGES.push([a, b])
  }

export function surfaceNets(field: SampledField): MeshData {
  const { values, dims, min, step, near } = field
  const [nx, ny, nz] = dims
  const cx = nx - 1,
    cy = ny - 1
  const cellVertex = new Int32Array((nx - 1) * (ny - 1) * (nz - 1)).fill(-1)
  const pos: number[] = []
  const idx: number[] = []
  const v = new Float64Array(8)
  const at = (i: number, j: number, k: number) => values[i + nx * (j + ny * k)]
  for (let k = 0; k < nz - 1; k++)
    for (let j = 0; j < ny - 1; j++)
      for (let i = 0; i < nx - 1; i++) {
        if (near && !near[i + cx * (j + cy * k)]) continue
        let mask = 0
        for (let c = 0; c < 8; c++) {
          v[c] = at(i + CORNERS[c][0], j + CORNERS[c][1], k + CORNERS[c][2])
          if (v[c] < 0) mask |= 1 << c
        }
        if (mask === 0 || mask === 255) continue
        let sx = 0,
          sy = 0,
          sz = 0,
          n = 0
        for (const [a, b] of EDGES) {
          if (v[a] < 0 === v[b] < 0) continue
          const t = v[a] / (v[a] - v[b])
          sx += CORNERS[a][0] + t * (CORNERS[b][0] - CORNERS[a][0])
          sy += CORNERS[a][1] + t * (CORNERS[b][1] - CORNERS[a][1])
          sz += CORNERS[a][2] + t * (CORNERS[b][2] - CORNERS[a][2])
          n++
        }
        cellVertex[i + cx * (j + cy * k)] = pos.length / 3
        pos.push(min[0] + (i + sx / n) * step, min[1] + (j + sy / n) * step, min[2] + (k + sz / n) * step)
      }
  // one quad per crossing grid edge, joining the four cells around it
  const cell = (i: number, j: number, k: number) => cellVertex[i + cx * (j + cy * k)]
  for (let k = 1; k < nz - 1; k++)
    for (let j = 1; j < ny - 1; j++)
      for (let i = 1; i < nx - 1; i++) {
        if (near && !near[i + cx * (j + cy * k)]) continue
        const inside = at(i, j, k) < 0
        for (let d = 0; d < 3; d++) {
          const ni = i + (d === 0 ? 1 : 0),
            nj = j + (d === 1 ? 1 : 0),
            nk = k + (d === 2 ? 1 : 0)
          if (inside === at(ni, nj, nk) < 0) continue
          // the four cells sharing this edge, ordered around +d: (0,0) (-u,0) (-u,-v) (0,-v)
          let c0: number, c1: number, c2: number, c3: number
          if (d === 0) {
            c0 = cell(i, j, k)
            c1 = cell(i, j - 1, k)
            c2 = cell(i, j - 1, k - 1)
            c3 = cell(i, j, k - 1)
          } else if (d === 1) {
            c0 = cell(i, j, k)
            c1 = cell(i, j, k - 1)
            c2 = cell(i - 1, j, k - 1)
            c3 = cell(i - 1, j, k)
          } else {
            c0 = cell(i, j, k)
            c1 = cell(i - 1, j, k)
            c2 = cell(i - 1, j - 1, k)
            c3 = cell(i, j - 1, k)
          }
          if (inside) idx.push(c0, c1, c2, c0, c2, c3)
          else idx.push(c0, c2, c1, c0, c3, c2)
        }
      }
  const positions = new Float32Array(pos)
  const indices = new Uint32Array(idx)
  return { positions, normals: vertexNormals(positions, indices), indices }
}

/** Area-weighted vertex normals. */
export function vertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const nrm = new Float32Array(positions.length)
  for (let f = 0; f < indices.length; f += 3) {
    const a = indices[f] * 3,
      b = indices[f + 1] * 3,
      c = indices[f + 2] * 3
    const ux = positions[b] - positions[a],
      uy = positions[b + 1] - positions[a + 1],
      uz = positions[b + 2] - positions[a + 2]
    const vx = positions[c] - positions[a],
      vy = positions[c + 1] - positions[a + 1],
      vz = positions[c + 2] - positions[a + 2]
    const nx = uy * vz - uz * vy,
      ny = uz * vx - ux * vz,
      nz = ux * vy - uy * vx
    for (const p of [a, b, c]) {
      nrm[p] += nx
      nrm[p + 1] += ny
      nrm[p + 2] += nz
    }
  }
  for (let p = 0; p < nrm.length; p += 3) {
    const l = Math.hypot(nrm[p], nrm[p + 1], nrm[p + 2]) || 1
    nrm[p] /= l
    nrm[p + 1] /= l
    nrm[p + 2] /= l
  }
  return nrm
}
