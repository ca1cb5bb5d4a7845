// End-to-end: what goes wrong on real machines. No WebGL at all (a plain message; the steps, captions and
// playback still work); the graphics context lost and given back (the scene comes back by itself); and
// hostile links (the app opens, says what it could not use, and no markup or script from the link runs).
// Registered by app.spec.mjs.
import { penPixels } from './pixels.mjs'
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs'

/** Links built from what breaks pages: markup, script, huge and non-finite numbers, unicode, repeats. */
const HOSTILE = [
  '?level=<script>window.__pwned=1</script>',
  '?mode="><img src=x onerror="window.__pwned=1">',
  '?<svg onload=window.__pwned=1>=1&proc=kp',
  '?vol=1e309&t=NaN&mix=-Infinity',
  '?t=99999999999&proc=kp',
  '?lang=%E0%A4%A&view=%zz&grade=٣',
  '?level=L2&level=T12&proc=vp&proc=kp',
  '?__proto__[x]=1&constructor=y',
  `?rate=${'9'.repeat(400)}&cause=${'😀'.repeat(30)}`,
  '?javascript:window.__pwned=1',
  '?view=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&mode=student',
  '?proc=compare&view=split&overlay=2',
]

export async function resilienceChecks(h) {
  const { open, check, assert } = h
  await check('no WebGL: a plain message, and the steps, captions and playback still work', async () => {
    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-webgl2'],
    })
    try {
      const page = await browser.newPage({ viewport: { width: 1024, height: 768 } })
      const errors = []
      page.on('pageerror', (e) => errors.push(String(e)))
      // three says on the console that it could not get a context: that one is expected here
      page.on('console', (m) => {
        if (m.type() === 'error' && !/WebGL/i.test(m.text())) errors.push(m.text())
      })
      await page.goto(`${h.url}/`)
      await page.getByText('This device cannot show the 3D view').waitFor({ timeout: 30_000 })
      assert(
        await page.evaluate(
          () => WebGL2RenderingContext !== undefined && !document.createElement('canvas').getContext('webgl2'),
        ),
        'WebGL was not off in this browser',
      )
      await page.getByRole('button', { name: /Placing the needle/ }).click()
      await page.getByRole('heading', { name: 'Placing the needle' }).waitFor({ timeout: 5000 })
      const t0 = await page.evaluate(() => window.__spineviz.state().t)
      await page.getByRole('button', { name: 'Play' }).click()
      await page.waitForTimeout(1200)
      const t1 = await page.evaluate(() => window.__spineviz.state().t)
      assert(t1 > t0 + 0.5, `playback did not move without WebGL: ${t0} -> ${t1}`)
      assert(errors.length === 0, `errors without WebGL: ${errors[0]}`)
    } finally {
      await browser.close()
    }
  })

  await check(
    'the graphics context is lost and given back: a message meanwhile, then the scene draws again by itself',
    async () => {
      const { page } = await open('?proc=kp&t=50')
      const before = await penPixels(page, page.locator('canvas').first())
      await page.evaluate(() => {
        window.__lose = document.querySelector('canvas').getContext('webgl2').getExtension('WEBGL_lose_context')
        window.__lose.loseContext()
      })
      const note = page.getByText('The 3D view paused because the graphics system was reset')
      await note.waitFor({ timeout: 10_000 })
      // the rest of the page works meanwhile
      await page.getByRole('button', { name: /Placing the needle/ }).click()
      await page.evaluate(() => window.__lose.restoreContext())
      await note.waitFor({ state: 'detached', timeout: 10_000 })
      await page.evaluate(() => window.__spineviz.seek(50))
      await page.waitForFunction(() => window.__spineviz.renderInfo().triangles > 50_000, null, { timeout: 20_000 })
      await page.waitForTimeout(500)
      const after = await penPixels(page, page.locator('canvas').first())
      assert(
        after.drawn > 0.5 * before.drawn && after.drawn > 0.05,
        `scene not drawn again: ${(before.drawn * 100).toFixed(1)} % -> ${(after.drawn * 100).toFixed(1)} % of pixels`,
      )
      await page.close()
    },
  )

  await check(
    `${HOSTILE.length} hostile links: the app opens, says what it could not use, runs nothing from the link, keeps its CSP`,
    async () => {
      for (const q of HOSTILE) {
        const { page } = await open(q)
        const r = await page.evaluate(() => ({
          pwned: window.__pwned,
          injected: document.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length,
          notices: [...document.querySelectorAll('.notices li')].map((li) => li.textContent),
          csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
          state: window.__spineviz.state(),
        }))
        assert(r.pwned === undefined && r.injected === 0, `${q}: markup from the link ran or was inserted`)
        assert(r.notices.length > 0, `${q}: no notice`)
        assert(/script-src 'self'/.test(r.csp) && /default-src 'self'/.test(r.csp), `${q}: CSP missing`)
        assert(
          r.state.t >= 0 && Number.isFinite(r.state.t) && r.state.case.vol > 0,
          `${q}: state ${JSON.stringify(r.state.case)}`,
        )
        await page.close()
      }
    },
  )
}
