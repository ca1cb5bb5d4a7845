// Core timings in Node (one thread, as in a worker): stateAt per call, cement field precompute, meshing.
import { DEFAULT_CASE } from '../../src/core/case'
import { buildPlan } from '../../src/core/plans'
import { stateAt } from '../../src/core/timeline'
import { cementFieldForCase } from '../../src/core/cement/forCase'
import { buildSegmentMeshes } from '../../src/core/anatomy/segment'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function time(fn: () => void, n: number): number[] {
  const out: number[] = []
  for (let i = 0; i < n; i++) { const t0 = performance.now(); fn(); out.push(performance.now() - t0) }
  return out
}

const plan = buildPlan(DEFAULT_CASE)
const N = 20000
const perCall = time(() => { for (let i = 0; i < N; i++) stateAt(plan, (i * 7.3) % plan.duration) }, 5).map((ms) => ms / N)
const cementDefault = time(() => cementFieldForCase(DEFAULT_CASE), 5)
const cementLow = time(() => cementFieldForCase({ ...DEFAULT_CASE, visc: 'low' }), 5)
const cementKp = time(() => cementFieldForCase({ ...DEFAULT_CASE, proc: 'kp' }), 5)
const meshing = time(() => buildSegmentMeshes('L1'), 5)
console.log(JSON.stringify({
  stateAtMsPerCall: median(perCall),
  cementDefaultMs: median(cementDefault),
  cementViscosityChangeMs: median(cementLow),
  cementKyphoplastyMs: median(cementKp),
  anatomyMeshingMs: median(meshing),
}))
