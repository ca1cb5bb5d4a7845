// Pass 1 of the cement field (field.ts): the hydraulic distance D from the needle tips, Dijkstra over 26
// neighbours with the anisotropic slowness sqrt(k_ref/k) (reference/cement-flow.md section 6). It is settled
// lazily: the invasion asks for D only at its frontier, and 10-12 mL of cement reaches about a quarter of the
// voxels the full search would settle (most of those lie outside the bone), so the search stops as soon as
// the asked voxel is final. The values are the full search's, bit for bit: the pops happen in the same order.
import { MinHeap } from './heap'
import { exitMask, type VoxelModel } from './labels'

const NEIGHBOURS: [number, number, number][] = []
for (let dz = -1; dz <= 1; dz++)
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (dx || dy || dz) NEIGHBOURS.push([dx, dy, dz])

/** A neighbourhood as flat arrays for the inner loops: each step's index offset and its axis steps. */
interface Steps {
  count: number
  offset: Int32Array
  dx: Int8Array
  dy: Int8Array
  dz: Int8Array
}
function stepsOf(list: [number, number, number][], nx: number, ny: number): Steps {
  const count = list.length
  const s: Steps = {
    count,
    offset: new Int32Array(count),
    dx: new Int8Array(count),
    dy: new Int8Array(count),
    dz: new Int8Array(count),
  }
  list.forEach(([a, b, c], q) => {
    s.dx[q] = a
    s.dy[q] = b
    s.dz[q] = c
    s.offset[q] = a + nx * (b + ny * c)
  })
  return s
}

export class HydraulicDistance {
  /** tentative distances (mm); final wherever at() has answered. Doubles: a float32 store would round
   * relaxed distances and defeat the stale-entry check. */
  private readonly D: Float64Array
  /** 1 once a voxel's distance is final: its neighbours need not be relaxed back towards it */
  private readonly settled: Uint8Array
  private readonly heap = new MinHeap(4096)
  private readonly steps: Steps
  // an exit (a vein, the disc, the tissue outside) drains at low pressure: it carries cement away, never
  // pressure back into the bone, so the distance does not run from an exit into the body
  private readonly drains: Uint8Array

  /** `drains` is exitMask(vm.label), passed in where the caller has it already */
  constructor(
    private readonly vm: VoxelModel,
    sources: number[],
    drains = exitMask(vm.label),
  ) {
    this.D = new Float64Array(vm.label.length).fill(Infinity)
    this.settled = new Uint8Array(vm.label.length)
    this.drains = drains
    this.steps = stepsOf(NEIGHBOURS, vm.dims[0], vm.dims[1])
    for (const s of sources) {
      this.D[s] = 0
      this.heap.push(0, s)
    }
  }

  /** Voxel w's distance (Infinity where unreachable), settling the search only as far as w needs. */
  at(w: number): number {
    const { D, heap } = this
    // once the least queued distance is no smaller, nothing left can shorten D[w]
    while (heap.size && heap.peek() < D[w]) this.settleNext()
    return D[w]
  }

  /** Every voxel's distance: the search run to the end. */
  all(): Float64Array {
    while (this.heap.size) this.settleNext()
    return this.D
  }

  private settleNext(): void {
    const { vm, D, heap, drains, settled, steps: st } = this
    const nx = vm.dims[0],
      ny = vm.dims[1],
      nz = vm.dims[2]
    const { entry, slowXZ, slowY } = vm
    const d = heap.peek(),
      u = heap.pop()
    if (d > D[u]) return
    settled[u] = 1
    const i = u % nx,
      j = ((u / nx) | 0) % ny,
      k = (u / (nx * ny)) | 0
    const inner = i > 0 && j > 0 && k > 0 && i < nx - 1 && j < ny - 1 && k < nz - 1
    const drainsU = drains[u],
      sxzU = slowXZ[u],
      syU = slowY[u],
      h = vm.step
    for (let q = 0; q < st.count; q++) {
      const dx = st.dx[q],
        dy = st.dy[q],
        dz = st.dz[q]
      if (!inner) {
        const a = i + dx,
          b = j + dy,
          c = k + dz
        if (a < 0 || b < 0 || c < 0 || a >= nx || b >= ny || c >= nz) continue
      }
      const w = u + st.offset[q]
      // a settled neighbour is no farther than u, and every step costs something: nothing to relax
      if (settled[w] || entry[w] === Infinity || (drainsU && !drains[w])) continue
      const sxz = (sxzU + slowXZ[w]) / 2,
        sy = (syU + slowY[w]) / 2
      const nd = d + h * Math.sqrt((dx * sxz) ** 2 + (dy * sy) ** 2 + (dz * sxz) ** 2)
      if (nd < D[w]) {
        D[w] = nd
        heap.push(nd, w)
      }
    }
  }
}

/** Pass 1 in full: every voxel's hydraulic distance from the sources. */
export function hydraulicDistance(vm: VoxelModel, sources: number[]): Float64Array {
  return new HydraulicDistance(vm, sources).all()
}
