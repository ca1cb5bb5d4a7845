// Keeps the case's anatomy and cement field in step with it: when the level changes, the baked meshes of
// its segment (anatomyLoader); when anything the cement depends on changes, a new field from the cement
// worker, and one for the vertebroplasty side when two procedures are compared. Stale results are dropped
// by key; the meshes of a segment that has left the screen are freed.
import { store, anatomyKeyOf, cementKeyOf, planFor } from './store'
import { requestFrame } from './invalidate'
import { loadSegment, releaseUnshown } from './anatomyLoader'
import type { CementReply } from '../workers/cement.worker'
import type { CementSummary } from '../core/cement/forCase'
import type { Pathway } from '../core/risk/model'

export function startWorkers(): () => void {
  const cement = new Worker(new URL('../workers/cement.worker.ts', import.meta.url), { type: 'module' })
  let wantAnatomy = '',
    wantCement = '',
    wantCompare = ''

  const loadAnatomy = (key: string, level: string) => {
    loadSegment(level).then(
      (meshes) => {
        if (key !== wantAnatomy) return
        performance.mark('spineviz:anatomy')
        store.setState({ anatomy: meshes, anatomyKey: key })
        requestFrame()
      },
      (err) => {
        if (key === wantAnatomy) store.setState({ error: String(err) })
      },
    )
  }
  cement.onmessage = (e: MessageEvent<CementReply>) => {
    const { key, field, error, ms, startedAt } = e.data
    if (key !== wantCement && key !== wantCompare) return
    performance.mark('spineviz:cement', {
      detail: { workerMs: ms, startedMs: startedAt && startedAt - performance.timeOrigin },
    })
    if (error || !field) {
      store.setState({ error: error ?? 'cement field failed' })
      return
    }
    const cement: CementSummary = {
      key,
      vmax: field.vmax,
      curve: field.curve as Record<Pathway, Float32Array>,
      events: field.events as CementSummary['events'],
      stop: field.stop,
    }
    const cementTexture = {
      key,
      dims: field.dims,
      min: field.min,
      step: field.step,
      half: field.half,
      bodyHalf: field.bodyHalf,
    }
    // the plan follows the field: where the stop rules end this case's injection
    if (key === wantCement) store.setState((s) => ({ cement, cementTexture, plan: planFor(s.case, cement) }))
    else
      store.setState((s) =>
        s.compare ? { compare: { ...s.compare, cement, cementTexture, plan: planFor(s.compare.case, cement) } } : {},
      )
    requestFrame()
  }

  const sync = () => {
    const c = store.getState().case
    const ak = anatomyKeyOf(c)
    if (ak !== wantAnatomy) {
      wantAnatomy = ak
      loadAnatomy(ak, c.level)
    }
    const ck = cementKeyOf(c)
    if (ck !== wantCement) {
      wantCement = ck
      cement.postMessage({ key: ck, case: c })
    }
    // the vertebroplasty side: asked for only when its field is not there already (it may have moved over)
    const side = store.getState().compare
    const vk = side ? cementKeyOf(side.case) : ''
    if (vk !== wantCompare) {
      wantCompare = vk
      if (side && side.cement?.key !== vk) cement.postMessage({ key: vk, case: side.case })
    }
  }
  sync()
  const unsub = store.subscribe((s, prev) => {
    if (s.case !== prev.case || s.compare?.case !== prev.compare?.case) sync()
    // a frame shows this segment: after it, nothing draws the last one
    const shown = s.anatomy
    if (s.ready && !prev.ready && shown)
      setTimeout(() => {
        if (store.getState().anatomy === shown) releaseUnshown(shown)
      })
  })
  return () => {
    unsub()
    cement.terminate()
  }
}
