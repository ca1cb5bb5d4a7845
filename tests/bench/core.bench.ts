// Core timings in Node (one thread, as in a worker): stateAt per call, cement field precompute, meshing.
import { DEFAULT_CASE } from '../../src/core/case'
import { buildPlan } from '../../src/core/plans'
import { stateAt } from '../../src/core/timeline'
import { cementComputer, cementFieldForCase } from '../../src/core/cement/forCase'
import fs from 'node:fs'
import path from 'node:path'
import { decodeMesh } from '../../src/workers/meshDecode'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function time(fn: () => void, n: number): number[] {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    fn()
    out.push(performance.now() - t0)
  }
  return out
}

const plan = buildPlan(DEFAULT_CASE)
const N = 20000
const perCall = time(() => {
  for (let i = 0; i < N; i++) stateAt(plan, (i * 7.3) % plan.duration)
}, 5).map((ms) => ms / N)
const cementDefault = time(() => cementFieldForCase(DEFAULT_CASE), 5)
// a viscosity change in the worker: the anatomy (pass 1) is kept, only the invasion reruns
const computer = cementComputer()
computer(DEFAULT_CASE)
let flip = 0
const cementLow = time(() => computer({ ...DEFAULT_CASE, visc: flip++ % 2 ? 'medium' : 'low' }), 5)
const cementKp = time(() => cementFieldForCase({ ...DEFAULT_CASE, proc: 'kp' }), 5)
const dir = path.resolve(import.meta.dirname, '../../models/meshes')
const segment = ['L1', 'T12', 'L2', 'disc-T12-L1', 'disc-L1-L2'].map(
  (n) => new Uint8Array(fs.readFileSync(path.join(dir, `${n}.svm`))),
)
const decode = time(() => {
  for (const b of segment) decodeMesh(b)
}, 5)
const bakedBytes = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.svm'))
  .reduce((a, f) => a + fs.statSync(path.join(dir, f)).size, 0)
console.log(
  JSON.stringify({
    stateAtMsPerCall: median(perCall),
    cementDefaultMs: median(cementDefault),
    cementViscosityChangeMs: median(cementLow),
    cementKyphoplastyMs: median(cementKp),
    segmentDecodeMs: median(decode),
    bakedMeshesBytes: bakedBytes,
  }),
)
