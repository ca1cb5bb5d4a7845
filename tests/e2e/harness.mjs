// The end-to-end harness on Playwright Test: a worker-scoped server for the built app (dist/), and per test an
// `app` fixture whose open() gives a page like a new user's (service workers blocked but in the offline check,
// console errors and requests off the machine collected). A test fails on any of those, whatever it asserted.
// The check modules (risk.mjs, modes.mjs, ...) register their checks through checksOf(), each one a named test.
import path from 'node:path'
import { test as base, expect } from '@playwright/test'
import { serve } from './server.mjs'

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
export const SHOTS = path.join(ROOT, 'tests/e2e/screenshots')
/** The build under test: dist/, or E2E_DIST (to try a check against another build, e.g. an older one). */
const DIST = process.env.E2E_DIST ?? path.join(ROOT, 'dist')

export const test = base.extend({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const srv = await serve(DIST)
      await use(srv)
      await srv.close()
    },
    { scope: 'worker' },
  ],

  app: async ({ browser, server }, use) => {
    const problems = { console: [], external: [] }
    const pages = []
    const open = async (query = '', viewport = { width: 1024, height: 768 }, initScript = null) => {
      const page = await browser.newPage({ viewport, serviceWorkers: 'block' })
      pages.push(page)
      page.on('console', (m) => {
        if (m.type() === 'error') problems.console.push(m.text().slice(0, 300))
      })
      page.on('pageerror', (e) => problems.console.push(String(e).slice(0, 300)))
      page.on('request', (r) => {
        const u = new URL(r.url())
        if (/^(https?|wss?):$/.test(u.protocol) && !['localhost', '127.0.0.1', '[::1]'].includes(u.hostname))
          problems.external.push(r.url())
      })
      if (initScript) await page.addInitScript(initScript)
      const t0 = Date.now()
      await page.goto(`${server.url}/${query}`)
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
      return { page, readyMs: Date.now() - t0 }
    }
    await use({ open, problems, url: server.url, dist: DIST })
    for (const p of pages) await p.close().catch(() => {})
    expect(problems.console, 'console errors').toEqual([])
    expect(problems.external, 'requests off the machine').toEqual([])
  },
})

const state = (page) => page.evaluate(() => window.__spineviz.state())
const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
function assert(cond, msg) {
  if (!cond) throw new Error(msg)
}

/**
 * The harness a check module is written against: check(name, fn) registers a test, and open(), url and problems
 * are the running test's (the module is called once, when the spec loads; the fixture exists per test).
 */
export function checksOf() {
  let current = null
  const check = (name, fn, options = {}) =>
    test(name, async ({ app }, info) => {
      if (options.timeout) info.setTimeout(options.timeout)
      current = app
      await fn()
    })
  return {
    check,
    assert,
    state,
    frame,
    SHOTS,
    dist: DIST,
    open: (...a) => current.open(...a),
    get url() {
      return current.url
    },
    problems: {
      get console() {
        return current.problems.console
      },
      get external() {
        return current.problems.external
      },
    },
  }
}
