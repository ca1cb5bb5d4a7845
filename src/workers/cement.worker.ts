// Cement worker: the voxel model and arrival field for a case, returned as half floats plus the leak curve.
import { cementComputer } from '../core/cement/forCase'
import { toHalfArray } from '../core/cement/half'
import type { CaseParams } from '../core/case'
import type { InjectionStop } from '../core/cement/stop'

export interface CementRequest {
  key: string
  case: CaseParams
}
export interface CementReply {
  key: string
  /** when the worker began on this case (ms since the epoch) and how long it took */
  startedAt?: number
  ms?: number
  error?: string
  field?: {
    dims: [number, number, number]
    min: [number, number, number]
    step: number
    half: Uint16Array
    bodyHalf: Uint16Array
    vmax: number
    curve: Record<string, Float32Array>
    events: { pathway: string; atMl: number; atMin: number; position: [number, number, number] }[]
    stop: InjectionStop | null
  }
}

const fieldFor = cementComputer()

self.onmessage = (e: MessageEvent<CementRequest>) => {
  const { key } = e.data
  const t0 = performance.now()
  try {
    const f = fieldFor(e.data.case)
    // never-reached voxels read as twice the largest volume, so the linearly filtered edge stays smooth
    const capped = f.arrival.map((a) => (Number.isFinite(a) ? a : 2 * f.vmax))
    const half = toHalfArray(capped)
    // two channels per voxel: the body's signed distance (mm) and 1 where cement there has left the bone
    const body = new Float32Array(2 * f.exit.length)
    for (let v = 0; v < f.exit.length; v++) {
      body[2 * v] = Math.max(-30, Math.min(30, f.bodySdf[v]))
      body[2 * v + 1] = f.exit[v]
    }
    const bodyHalf = toHalfArray(body)
    const reply: CementReply = {
      key,
      startedAt: performance.timeOrigin + t0,
      ms: performance.now() - t0,
      field: {
        dims: f.dims,
        min: f.min,
        step: f.step,
        half,
        bodyHalf,
        vmax: f.vmax,
        curve: f.curve,
        events: f.events,
        stop: f.stop,
      },
    }
    ;(self as unknown as Worker).postMessage(reply, [half.buffer as ArrayBuffer, bodyHalf.buffer as ArrayBuffer])
  } catch (err) {
    ;(self as unknown as Worker).postMessage({ key, error: String(err) } satisfies CementReply)
  }
}
