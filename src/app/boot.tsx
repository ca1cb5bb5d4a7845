// The second half of start-up: the URL sync, the playback driver and the React tree.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { startUrlSync } from './urlSync'
import { startPlaybackDriver } from './playbackDriver'
import { startKiosk } from './kiosk'
import { store } from './store'
import { loadText } from '../content'
import '../ui/styles.css'

performance.mark('spineviz:boot')
startUrlSync()
startPlaybackDriver()
if (store.getState().view.kiosk) startKiosk()

// the link's language before the first words (main.tsx has already started loading it); if it cannot come
// (offline before the app was ever installed), the app opens in English all the same
void loadText(store.getState().view.lang)
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
