import path from 'node:path'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'
import { serve } from './server.mjs'
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs'
const require = createRequire(import.meta.url)
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const srv = await serve(path.join(ROOT, 'dist'))
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
for (const q of ['?mode=patient', '?mode=surgeon&overlay=1&t=40', '?mode=student&overlay=1&t=40', '?mode=patient&overlay=1&lang=es&t=30']) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } })
  await page.goto(`${srv.url}/${q}`)
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
  await page.waitForTimeout(1500)
  await page.evaluate((await import('node:fs')).readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'))
  const r = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }))
  console.log(q)
  for (const v of r.violations) console.log(' ', v.impact, v.id, v.nodes.length, v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary.split('\n').slice(1, 2).join('')).join(' | '))
  await page.close()
}
await browser.close(); srv.close()
