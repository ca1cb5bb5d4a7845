// Finds a Chromium for the browser and end-to-end tests. Never downloads one.
import fs from 'node:fs'
import path from 'node:path'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

/** Flags that give WebGL through SwiftShader in headless Chromium, and keep it off the network. */
export const CHROMIUM_ARGS = [
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
]

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`)
  }
  for (const p of CANDIDATES) if (fs.existsSync(p)) return p
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      const p = path.join(dir, name)
      if (fs.existsSync(p)) return p
    }
  }
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium; macOS: install Google Chrome) ' +
      'or set CHROMIUM_PATH to its executable. The tests never download a browser.',
  )
}
