// The second half of start-up: the URL sync, the playback driver and the React tree.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { startUrlSync } from './urlSync'
import { startPlaybackDriver } from './playbackDriver'
import { startKiosk } from './kiosk'
import { store } from './store'
import '../ui/styles.css'

performance.mark('spineviz:boot')
startUrlSync()
startPlaybackDriver()
if (store.getState().view.kiosk) startKiosk()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
