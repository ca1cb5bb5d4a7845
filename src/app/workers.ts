// Keeps the workers' products in step with the case: when the level or fracture changes, new meshes;
// when anything the cement depends on changes, a new field. Stale replies are dropped by key.
import { store, anatomyKeyOf, cementKeyOf } from './store'
import { requestFrame } from './actions'
import type { AnatomyReply } from '../workers/anatomy.worker'
import type { CementReply } from '../workers/cement.worker'
import type { CementSummary } from '../core/cement/forCase'
import type { Pathway } from '../core/risk/model'

export function startWorkers(): () => void {
  const anatomy = new Worker(new URL('../workers/anatomy.worker.ts', import.meta.url), { type: 'module' })
  const cement = new Worker(new URL('../workers/cement.worker.ts', import.meta.url), { type: 'module' })
  let wantAnatomy = '', wantCement = ''

  anatomy.onmessage = (e: MessageEvent<AnatomyReply>) => {
    if (e.data.key !== wantAnatomy) return
    if ('error' in e.data) { store.setState({ error: e.data.error }); return }
    store.setState({ anatomy: e.data.meshes, anatomyKey: e.data.key })
    requestFrame()
  }
  cement.onmessage = (e: MessageEvent<CementReply>) => {
    const { key, field, error } = e.data
    if (key !== wantCement) return
    if (error || !field) { store.setState({ error: error ?? 'cement field failed' }); return }
    const summary: CementSummary = { key, vmax: field.vmax, curve: field.curve as Record<Pathway, Float32Array>, events: field.events as CementSummary['events'] }
    store.setState({ cement: summary, cementTexture: { key, dims: field.dims, min: field.min, step: field.step, half: field.half } })
    requestFrame()
  }

  const sync = () => {
    const c = store.getState().case
    const ak = anatomyKeyOf(c)
    if (ak !== wantAnatomy) { wantAnatomy = ak; anatomy.postMessage({ key: ak, level: c.level }) }
    const ck = cementKeyOf(c)
    if (ck !== wantCement) { wantCement = ck; cement.postMessage({ key: ck, case: c }) }
  }
  sync()
  const unsub = store.subscribe((s, prev) => { if (s.case !== prev.case) sync() })
  return () => { unsub(); anatomy.terminate(); cement.terminate() }
}
