import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { store, initialState } from './app/store'
import { parseQuery } from './core/url'
import { installInspection } from './app/inspection'
import { startWorkers } from './app/workers'
import { startUrlSync } from './app/urlSync'
import { startPlaybackDriver } from './app/playbackDriver'
import './ui/styles.css'

const parsed = parseQuery(window.location.search)
store.setState(initialState(parsed.case, parsed.view, parsed.notices))
installInspection()
startWorkers()
startUrlSync()
startPlaybackDriver()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
