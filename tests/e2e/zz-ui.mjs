// node zz-ui.mjs '<json steps>'  steps: [["goto","?mode=patient"],["click","button","Start the tour"],["wait",ms],["seek",t],["shot","name"],["eval","js"]]
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { serve } from './server.mjs'
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs'
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const OUT = '/work/scratch/look'
fs.mkdirSync(OUT, { recursive: true })
const srv = await serve(path.join(ROOT, 'dist'))
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const W = +(process.env.W ?? 1024), H = +(process.env.H ?? 768)
const page = await browser.newPage({ viewport: { width: W, height: H } })
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()) })
page.on('pageerror', (e) => console.log('pageerror:', e.message))
const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
for (const [op, a, b] of JSON.parse(process.argv[2])) {
  if (op === 'goto') { await page.goto(`${srv.url}/${a}`); await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 }) }
  if (op === 'click') await page.getByRole(a, { name: b, exact: true }).first().click()
  if (op === 'wait') await page.waitForTimeout(a)
  if (op === 'seek') await page.evaluate((t) => window.__spineviz.seek(t), a)
  if (op === 'eval') console.log(JSON.stringify(await page.evaluate(a)))
  if (op === 'shot') { await frame(); await page.screenshot({ path: path.join(OUT, `${a}.png`) }); console.log('shot', a) }
}
await browser.close(); srv.close()
