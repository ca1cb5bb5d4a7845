// End-to-end check of what the first frame waits for: the JavaScript the page loads before it is ready.
// Registered by app.spec.mjs.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { BUDGET } from './basics.mjs'

export async function bundleChecks({ open, check, assert, dist }) {
  await check(
    `JS loaded before the first frame within ${BUDGET.initialJsGzip / 1024} KB gzip (leva loads later)`,
    async () => {
      // the page notes when it first became ready, so scripts can be told apart by when they were requested
      const { page } = await open('', undefined, () => {
        new MutationObserver(() => {
          if (document.documentElement.dataset.ready === '1' && !window.__readyAt) window.__readyAt = performance.now()
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] })
      })
      const before = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\.js$/.test(new URL(e.name).pathname) && e.startTime < window.__readyAt)
          .map((e) => new URL(e.name).pathname),
      )
      const sizes = {}
      for (const f of fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js')))
        sizes[f] = zlib.gzipSync(fs.readFileSync(path.join(dist, 'assets', f))).length
      // the main thread's scripts requested before data-ready; workers are separate
      const loaded = [...new Set(before.map((p) => path.basename(p)))].filter((f) => !/worker/.test(f))
      assert(loaded.length > 0, 'no scripts recorded before ready')
      const initial = loaded.reduce((a, f) => a + (sizes[f] ?? 0), 0)
      console.log(`       JS before the first frame, gzip: ${(initial / 1024).toFixed(1)} KB (${loaded.join(', ')})`)
      assert(initial <= BUDGET.initialJsGzip, `initial JS ${initial} B gzip`)
      assert(!loaded.some((f) => /CasePanel|leva/i.test(f)), 'leva loaded before the first frame')
    },
  )
}
