// Entry: read the URL, start the work the first frame needs (the cement worker and the baked meshes),
// then load the heavy part (React, three, the scene) in a second chunk while that work runs.
import { store, initialState } from './app/store'
import { parseQuery } from './core/url'
import { startWorkers } from './app/workers'
import { installInspection } from './app/inspection'

const parsed = parseQuery(window.location.search)
store.setState(initialState(parsed.case, parsed.view, parsed.notices))
installInspection()
startWorkers()
void import('./app/boot')
