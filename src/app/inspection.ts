// window.__spineviz: the inspection contract for tests and tools (DESIGN.md section 8).
import type { WebGLRenderer } from 'three'
import { store, currentTime } from './store'
import { sideCement, sidePlan, sideTime } from './frameState'
import { pause, play, seek } from './playbackActions'
import { stateJSON, type ProcedureStateJSON } from '../core/timeline'

const VERSION = '0.1.0'

export interface SpineViz {
  version: string
  ready: Promise<void>
  state(): ProcedureStateJSON
  seek(t: number): void
  play(): void
  pause(): void
  renderInfo(): { calls: number; triangles: number; geometries: number; textures: number; programs: number }
}

let renderer: WebGLRenderer | null = null
/** The canvas registers its renderer so renderInfo() can read the last frame's counters. */
export function registerRenderer(gl: WebGLRenderer | null): void {
  renderer = gl
}

/** The state as the contract defines it, for the current store; with the second procedure when comparing. */
export function currentStateJSON(): ProcedureStateJSON {
  const s = store.getState()
  const t = currentTime(s)
  const json = stateJSON(s.plan, t, sideCement(s, 'main'))
  if (s.compare) json.compare = stateJSON(sidePlan(s, 'compare'), sideTime(s, 'compare', t), sideCement(s, 'compare'))
  return json
}

export function installInspection(): SpineViz {
  let resolveReady!: () => void
  const ready = new Promise<void>((r) => {
    resolveReady = r
  })
  // the promise resolves once, at the first full frame; the data attribute also drops to "0" while a
  // changed case is being rebuilt, so tools can wait for the new case too
  const mirror = (ready: boolean) => {
    document.documentElement.dataset.ready = ready ? '1' : '0'
    if (ready) {
      performance.mark('spineviz:ready')
      resolveReady()
    }
  }
  mirror(store.getState().ready)
  store.subscribe((s, p) => {
    if (s.ready !== p.ready) mirror(s.ready)
  })
  const handle: SpineViz = {
    version: VERSION,
    ready,
    state: () => JSON.parse(JSON.stringify(currentStateJSON())),
    seek: (t: number) => seek(t),
    play,
    pause,
    renderInfo: () => {
      const info = renderer?.info
      return {
        calls: info?.render.calls ?? 0,
        triangles: info?.render.triangles ?? 0,
        geometries: info?.memory.geometries ?? 0,
        textures: info?.memory.textures ?? 0,
        programs: info?.programs?.length ?? 0,
      }
    },
  }
  ;(window as unknown as { __spineviz: SpineViz }).__spineviz = handle
  return handle
}
