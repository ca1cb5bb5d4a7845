// npm run shots:cement: the cement review set (issue: cement and balloon). Vertebroplasty with low- and
// high-viscosity cement and kyphoplasty, at 1, 2 and 4 mL injected, in the guided view, and each at 4 mL
// in the sagittal cut. Saved to tests/e2e/screenshots/cement/ (git-ignored). For looking, not a test.
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { serve } from './server.mjs'
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs'

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const OUT = path.join(ROOT, 'tests/e2e/screenshots/cement')
fs.mkdirSync(OUT, { recursive: true })
const srv = await serve(path.join(ROOT, 'dist'))
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))

for (const [name, query] of [['vp-low', 'proc=vp&visc=low'], ['vp-high', 'proc=vp&visc=high'], ['kp-medium', 'proc=kp&visc=medium']]) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } })
  await page.goto(`${srv.url}/?${query}&vol=4`)
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
  for (const ml of [1, 2, 4]) {
    // the first moment this much cement is in
    const t = await page.evaluate((ml) => {
      const h = window.__spineviz, d = h.state().duration
      for (let i = 0; i <= 2000; i++) { const tt = (d * i) / 2000; h.seek(tt); if (h.state().cement.volumeMl >= ml - 1e-6) return tt }
      return d
    }, ml)
    await page.evaluate((t) => window.__spineviz.seek(t), t)
    await frame(page)
    await page.screenshot({ path: path.join(OUT, `${name}-${ml}ml.png`) })
    const s = await page.evaluate(() => window.__spineviz.state().cement)
    console.log(`${name} ${ml} mL: ${JSON.stringify(s.leaks)}`)
  }
  await page.getByRole('button', { name: 'Cut-away view' }).click()
  await page.getByRole('radio', { name: 'From the side' }).click()
  await frame(page)
  await page.screenshot({ path: path.join(OUT, `${name}-4ml-cut.png`) })
  await page.close()
}
await browser.close()
await srv.close()
console.log(`cement shots: ${path.relative(ROOT, OUT)}/`)
