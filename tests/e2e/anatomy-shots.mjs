// npm run shots: the anatomy review set (issue: level-accurate anatomy). For T8, T12, L1 and L4 at grades 1
// and 3, a lateral view, a posterior-oblique view and an axial section, each once the fracture has
// happened. Saved to tests/e2e/screenshots/anatomy/ (git-ignored). Not part of npm test: it is for looking.
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { serve } from './server.mjs'
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs'

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const OUT = path.join(ROOT, 'tests/e2e/screenshots/anatomy')
fs.mkdirSync(OUT, { recursive: true })
const srv = await serve(path.join(ROOT, 'dist'))
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))

for (const level of ['T8', 'T12', 'L1', 'L4'])
  for (const grade of [1, 3]) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } })
    await page.goto(`${srv.url}/?level=${level}&grade=${grade}`)
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
    // the end of the fracture chapter: collapsed, no longer glowing, camera lateral
    const t = await page.evaluate(() => {
      const h = window.__spineviz,
        d = h.state().duration
      let end = 0
      for (let i = 0; i <= 600; i++) {
        const tt = (d * i) / 600
        h.seek(tt)
        if (h.state().chapter === 'fracture') end = tt
      }
      return end
    })
    await page.evaluate((t) => window.__spineviz.seek(t), t)
    await frame(page)
    const name = (view) => path.join(OUT, `${level}-grade${grade}-${view}.png`)
    await page
      .locator('canvas')
      .first()
      .screenshot({ path: name('lateral') })
    // posterior-oblique: drag the camera about 60 degrees round toward the back
    const box = await page.locator('canvas').first().boundingBox()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 - box.height / 10, box.y + box.height / 2 - 15, { steps: 8 })
    await page.mouse.up()
    await page.mouse.move(box.x + 4, box.y + box.height - 4) // off the anatomy: no hover tag in the picture
    await frame(page)
    await page
      .locator('canvas')
      .first()
      .screenshot({ path: name('posterior-oblique') })
    await page.getByRole('button', { name: 'Cut-away view' }).click()
    await page.getByRole('radio', { name: 'From above' }).click()
    await frame(page)
    await page
      .locator('canvas')
      .first()
      .screenshot({ path: name('axial') })
    console.log(
      `${level} grade ${grade}: ${JSON.stringify(await page.evaluate(() => window.__spineviz.state().vertebra))}`,
    )
    await page.close()
  }
await browser.close()
await srv.close()
console.log(`anatomy shots: ${path.relative(ROOT, OUT)}/`)
