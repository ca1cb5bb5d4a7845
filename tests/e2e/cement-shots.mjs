// npm run shots:cement: the cement review set (issue: cement and balloon). Vertebroplasty with low- and
// high-viscosity cement and kyphoplasty, at 1, 2 and 4 mL injected, seen close from the guided camera, and
// each at 4 mL in the sagittal and axial cuts; then one contact sheet (sheet.png) with a row per case.
// Saved to tests/e2e/screenshots/cement/ (git-ignored). For looking, not a test.
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
const VOLUMES = [1, 2, 4]
const CASES = [
  ['vp-low', 'proc=vp&visc=low'],
  ['vp-high', 'proc=vp&visc=high'],
  ['kp-medium', 'proc=kp&visc=medium'],
]
// the part of the canvas around the treated body, once zoomed in
const CLIP = { x: 330, y: 180, width: 520, height: 420 }

for (const [name, query] of CASES) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 1024 } })
  await page.goto(`${srv.url}/?${query}&vol=4`)
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
  for (const [n, ml] of VOLUMES.entries()) {
    // the first moment this much cement is in
    const t = await page.evaluate((ml) => {
      const h = window.__spineviz,
        d = h.state().duration
      for (let i = 0; i <= 2000; i++) {
        const tt = (d * i) / 2000
        h.seek(tt)
        if (h.state().cement.volumeMl >= ml - 1e-6) return tt
      }
      return d
    }, ml)
    await page.evaluate((t) => window.__spineviz.seek(t), t)
    await frame(page)
    if (n === 0) {
      // closer than the guided view, once: the camera then stays put for the other volumes
      const box = await page.locator('canvas').first().boundingBox()
      await page.mouse.move(box.x + box.width / 2, box.y + 20)
      for (let z = 0; z < 4; z++) {
        await page.mouse.wheel(0, -120)
        await frame(page)
      }
    }
    await page.screenshot({ path: path.join(OUT, `${name}-${ml}ml.png`), clip: CLIP })
    const s = await page.evaluate(() => window.__spineviz.state().cement)
    console.log(`${name} ${ml} mL: ${JSON.stringify(s.leaks)}`)
  }
  await page.getByRole('button', { name: 'Cut-away view' }).click()
  for (const [radio, file] of [
    ['From the side', 'cut'],
    ['From above', 'axial'],
  ]) {
    await page.getByRole('radio', { name: radio }).click()
    await frame(page)
    await page.screenshot({ path: path.join(OUT, `${name}-4ml-${file}.png`) })
  }
  await page.close()
}

// a contact sheet: one row per case, one column per volume
const sheet = await browser.newPage({
  viewport: { width: CLIP.width * VOLUMES.length, height: CLIP.height * CASES.length },
})
const img = (f) => `data:image/png;base64,${fs.readFileSync(path.join(OUT, f)).toString('base64')}`
const cells = CASES.flatMap(([name]) =>
  VOLUMES.map(
    (ml) =>
      `<div style="position:relative"><img src="${img(`${name}-${ml}ml.png`)}"><b style="position:absolute;left:8px;top:6px;color:#fff;font:16px sans-serif">${name} ${ml} mL</b></div>`,
  ),
)
await sheet.setContent(
  `<body style="margin:0;display:grid;grid-template-columns:repeat(${VOLUMES.length},${CLIP.width}px)">${cells.join('')}</body>`,
)
await sheet.waitForFunction(() => [...document.images].every((i) => i.complete))
await sheet.screenshot({ path: path.join(OUT, 'sheet.png') })
await browser.close()
await srv.close()
console.log(`cement shots: ${path.relative(ROOT, OUT)}/`)
