// End-to-end: installable and offline. The service worker precaches the whole build once the first frame is
// up; then, with the network off, a reload opens the app and every part of it still works (another level's
// meshes, the student's panel, Spanish), all answered by the service worker. Chrome's own installability
// check passes. Registered by app.spec.mjs; uses its own browser with a profile on disk.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs'
import { ready as readyOn } from './caseChanges.mjs'

export async function offlineChecks(h) {
  const { dist, check, assert, problems } = h
  await check(
    'installable, and after one visit the whole app works offline: reload, another level, the student panel, Spanish',
    async () => {
      // a profile on disk, as an installed app has: Chrome does not offer to install from an incognito context
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'spineviz-offline-'))
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: findChromium(),
        args: CHROMIUM_ARGS,
        viewport: { width: 1024, height: 768 },
      })
      const page = context.pages()[0] ?? (await context.newPage())
      page.on('console', (m) => {
        if (m.type() === 'error') problems.console.push(m.text().slice(0, 300))
      })
      page.on('pageerror', (e) => problems.console.push(String(e).slice(0, 300)))
      const ready = () => readyOn(page)
      await page.goto(`${h.url}/?level=L1`)
      await ready()
      // the worker installs after the first frame: installed means every file is in its cache
      const cached = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready
        const keys = await caches.keys()
        const cache = await caches.open(keys.find((k) => k.startsWith('spineviz-')))
        return { scope: reg.scope, files: (await cache.keys()).map((r) => new URL(r.url).pathname) }
      })
      for (const want of ['/index.html', '/manifest.webmanifest', '/icon-512.png'])
        assert(cached.files.includes(want), `${want} not precached`)
      // every file of the build: all levels' meshes, the workers, the lazy chunks
      const missing = fs
        .readdirSync(path.join(dist, 'assets'))
        .map((f) => `/assets/${f}`)
        .filter((f) => !cached.files.includes(f))
      assert(missing.length === 0, `not precached: ${missing.slice(0, 4).join(', ')}`)

      // Chrome's installability check (manifest, icons, service worker with a fetch handler)
      const cdp = await context.newCDPSession(page)
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
      assert(installabilityErrors.length === 0, `not installable: ${JSON.stringify(installabilityErrors)}`)
      const manifest = await page.evaluate(async () =>
        (await fetch(document.querySelector('link[rel=manifest]').href)).json(),
      )
      assert(
        manifest.display === 'standalone' &&
          manifest.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable'),
        'manifest lacks standalone display or a maskable icon',
      )

      await context.setOffline(true)
      const fromNetwork = []
      page.on('response', (r) => {
        if (!r.fromServiceWorker() && r.url().startsWith(h.url)) fromNetwork.push(r.url())
      })
      page.on('requestfailed', (r) => fromNetwork.push(`failed: ${r.url()}`))
      await page.reload()
      await ready()
      const s = await page.evaluate(() => window.__spineviz.state())
      assert(s.case.level === 'L1' && s.procedure === 'vp', `offline state ${JSON.stringify(s.case)}`)
      assert(
        (await page.evaluate(() => window.__spineviz.renderInfo().triangles)) > 50_000,
        'offline: the spine is not drawn',
      )
      // a level whose meshes this visit never loaded, the student's panel (a lazy chunk and leva), then Spanish
      await page.goto(`${h.url}/?level=T8&mode=student`)
      await ready()
      await page.locator('.case-panel select[id="level"]').waitFor({ timeout: 30_000 })
      assert((await page.evaluate(() => window.__spineviz.state().case.level)) === 'T8', 'offline: T8 did not open')
      await page.getByRole('radio', { name: 'Kyphoplasty', exact: true }).first().click()
      await ready()
      await page.goto(`${h.url}/?lang=es&proc=kp&t=50`)
      await ready()
      await page.getByRole('heading', { name: 'Se llena el hueco' }).waitFor({ timeout: 10_000 })
      assert(
        fromNetwork.length === 0,
        `offline requests not answered by the service worker: ${fromNetwork.slice(0, 3).join(', ')}`,
      )
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  )
}
