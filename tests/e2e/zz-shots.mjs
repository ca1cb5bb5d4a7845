import path from 'node:path'
import { chromium } from 'playwright-core'
import { serve } from './server.mjs'
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs'
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const srv = await serve(path.join(ROOT, 'dist'))
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const sizes = (process.env.SIZES ?? '1024x768,768x1024,1366x1024,390x844').split(',')
const query = process.argv[2] ?? ''
const name = process.argv[3] ?? 'shot'
for (const sz of sizes) {
  const [w, h] = sz.split('x').map(Number)
  const page = await browser.newPage({ viewport: { width: w, height: h } })
  page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()) })
  await page.goto(`${srv.url}/?${query}`)
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
  await page.waitForTimeout(500)
  await page.screenshot({ path: `/work/scratch/look/${name}-${sz}.png` })
  await page.close()
}
await browser.close(); await srv.close()
