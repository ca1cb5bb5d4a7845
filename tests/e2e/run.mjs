// End-to-end: the built app (dist/) served on loopback and driven in Chromium the way a new user would.
// Saves screenshots of every chapter of both procedures at 1024x768 and 768x1024 (tests/e2e/screenshots,
// git-ignored). Fails on any console error, page error or request to a host other than localhost.
// usage: npm run build && node tests/e2e/run.mjs
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { chromium } from 'playwright-core'
import { serve } from './server.mjs'
import { riskChecks } from './risk.mjs'
import { modeChecks } from './modes.mjs'
import { audienceChecks } from './audiences.mjs'
import { fluoroChecks } from './fluoro.mjs'
import { procedureChecks } from './procedure.mjs'
import { memoryChecks } from './memory.mjs'
import { offlineChecks } from './offline.mjs'
import { resilienceChecks } from './resilience.mjs'
import { soakChecks } from './soak.mjs'
import { canvasChecks } from './canvases.mjs'
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs'

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const SHOTS = path.join(ROOT, 'tests/e2e/screenshots')
// programsAtStart: shader programs linked for the default case's first frame; each link is a wait on the
// first frame's path (30-60 ms in software), so a new one should be a choice, not an accident
const BUDGET = { calls: 60, triangles: 400_000, initialJsGzip: 400 * 1024, programsAtStart: 3 }

const results = []
/** E2E_ONLY=<text> runs only the checks whose names contain it (for working on one; CI runs all). */
const only = process.env.E2E_ONLY
async function check(name, fn) {
  if (only && !name.includes(only)) return
  const t0 = Date.now()
  try { await fn(); results.push({ name, ok: true }); console.log(`  ok   ${name} (${Date.now() - t0} ms)`) }
  catch (e) { results.push({ name, ok: false }); console.log(`  FAIL ${name}\n       ${String(e?.stack ?? e).split('\n').slice(0, 4).join('\n       ')}`) }
}
function assert(cond, msg) { if (!cond) throw new Error(msg) }

const srv = await serve(path.join(ROOT, 'dist'))
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const problems = { console: [], external: [] }

async function open(query = '', viewport = { width: 1024, height: 768 }, initScript = null) {
  // service workers are blocked here: they precache the whole app after the first frame, which is the
  // offline check's business (offline.mjs), not extra load on every other page
  const page = await browser.newPage({ viewport, serviceWorkers: 'block' })
  page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text().slice(0, 300)) })
  page.on('pageerror', (e) => problems.console.push(String(e).slice(0, 300)))
  page.on('request', (r) => {
    const u = new URL(r.url())
    if (/^(https?|wss?):$/.test(u.protocol) && !['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) problems.external.push(r.url())
  })
  if (initScript) await page.addInitScript(initScript)
  // the page notes when it first became ready, so scripts can be told apart by when they were requested
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.documentElement.dataset.ready === '1' && !window.__readyAt) window.__readyAt = performance.now()
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] })
  })
  const t0 = Date.now()
  await page.goto(`${srv.url}/${query}`)
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
  const readyMs = Date.now() - t0
  summary.scriptsBeforeReady = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /\.js$/.test(new URL(e.name).pathname) && e.startTime < window.__readyAt)
    .map((e) => new URL(e.name).pathname))
  const nav = await page.evaluate(() => performance.now())
  return { page, readyMs, sinceNavigation: nav }
}
const state = (page) => page.evaluate(() => window.__spineviz.state())
const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))

const summary = { readyMs: [], chapters: [], scriptsBeforeReady: [] }

console.log('e2e: built app in Chromium')

await check('opens the default case, ready, with the spine drawn', async () => {
  const { page, readyMs } = await open()
  summary.readyMs.push(readyMs)
  const s = await state(page)
  assert(s.procedure === 'vp' && s.case.level === 'L1' && s.t === 0 && s.chapter === 'healthy', `default state: ${JSON.stringify(s).slice(0, 200)}`)
  const info = await page.evaluate(() => window.__spineviz.renderInfo())
  assert(info.calls > 0 && info.triangles > 20000, `renderInfo ${JSON.stringify(info)}`)
  assert(info.programs > 0 && info.programs <= BUDGET.programsAtStart, `${info.programs} shader programs for the first frame (budget ${BUDGET.programsAtStart})`)
  await page.getByRole('heading', { name: 'A healthy spine' }).waitFor()
  await page.close()
})

await check('plays from the Play button, pauses, and the caption follows the chapter', async () => {
  const { page } = await open()
  await page.getByRole('button', { name: 'Play' }).click()
  await page.waitForTimeout(1500)
  const s1 = await state(page)
  assert(s1.t > 0.5, `t after 1.5 s of play: ${s1.t}`)
  await page.getByRole('button', { name: 'Pause' }).click()
  const a = (await state(page)).t
  await page.waitForTimeout(400)
  assert((await state(page)).t === a, 'time moved while paused')
  await page.getByRole('button', { name: 'Next step' }).click()
  await page.getByRole('heading', { name: 'The fracture' }).waitFor()
  assert((await state(page)).chapter === 'fracture', 'next step did not go to the fracture')
  await page.close()
})

await check('keyboard: Space, arrows, Home and End', async () => {
  const { page } = await open()
  await page.keyboard.press('End')
  let s = await state(page)
  assert(s.t === s.duration && s.chapter === 'result', `End -> ${s.t}`)
  await page.keyboard.press('Home')
  assert((await state(page)).t === 0, 'Home')
  await page.keyboard.press('ArrowDown')
  assert((await state(page)).chapter === 'fracture', 'ArrowDown -> next chapter')
  await page.keyboard.press('ArrowRight')
  s = await state(page)
  assert(Math.abs(s.t - 7) < 0.01, `ArrowRight -> ${s.t}`)
  await page.keyboard.press('ArrowUp')
  assert((await state(page)).chapter === 'fracture' && (await state(page)).t === 5, 'ArrowUp -> start of this chapter')
  await page.keyboard.press('Space')
  await page.waitForTimeout(600)
  assert((await state(page)).t > 5.2, 'Space plays')
  await page.keyboard.press('Space')
  await page.close()
})

await check('dragging the scrubber seeks, and dragging back restores the same state', async () => {
  const { page } = await open()
  const track = page.getByRole('slider', { name: 'Procedure timeline' })
  const box = await track.boundingBox()
  const y = box.y + box.height / 2
  await page.mouse.move(box.x + box.width * 0.5, y)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.9, y, { steps: 5 })
  await page.mouse.move(box.x + box.width * 0.2, y, { steps: 5 })
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 })
  await page.mouse.up()
  const s = await state(page)
  assert(Math.abs(s.t - s.duration * 0.6) < 0.5, `dragged to 60 %: t=${s.t}`)
  const same = await page.evaluate((t) => { const h = window.__spineviz; const a = JSON.stringify(h.state()); h.seek(0); h.seek(h.state().duration); h.seek(t); return a === JSON.stringify(h.state()) }, s.t)
  assert(same, 'state differs after scrubbing away and back')
  const text = await track.getAttribute('aria-valuetext')
  assert(/Filling with cement|The cement hardens/.test(text), `aria-valuetext: ${text}`)
  await page.close()
})

for (const viewport of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
  await check(`every chapter of both procedures at ${viewport.width}x${viewport.height}: drawn within budget, screenshot saved`, async () => {
    const dir = path.join(SHOTS, `${viewport.width}x${viewport.height}`)
    fs.mkdirSync(dir, { recursive: true })
    const { page } = await open('', viewport)
    for (const proc of ['vp', 'kp']) {
      // switch procedure the way a user does
      await page.getByRole('radio', { name: proc === 'vp' ? 'Vertebroplasty' : 'Kyphoplasty' }).click()
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1')
      await page.waitForFunction((p) => window.__spineviz.state().procedure === p, proc)
      await page.waitForFunction(() => window.__spineviz.renderInfo().calls > 0)
      const chapters = await page.evaluate(() => {
        const h = window.__spineviz, d = h.state().duration, out = []
        for (let i = 0; i <= 400; i++) { h.seek((d * i) / 400); const c = h.state().chapter; if (!out.length || out[out.length - 1].id !== c) out.push({ id: c, from: (d * i) / 400 }) ; out[out.length - 1].to = (d * i) / 400 }
        return out
      })
      let n = 0
      for (const ch of chapters) {
        const mid = (ch.from + ch.to) / 2
        await page.evaluate((t) => window.__spineviz.seek(t), mid)
        // the cement field is rebuilt when the procedure changes: wait until its leaks are known again
        await frame(page)
        await page.waitForTimeout(250)
        await frame(page)
        const s = await state(page)
        const info = await page.evaluate(() => window.__spineviz.renderInfo())
        assert(s.chapter === ch.id, `${proc} mid-${ch.id} gave ${s.chapter}`)
        assert(info.calls > 0 && info.calls <= BUDGET.calls, `${proc} ${ch.id}: ${info.calls} draw calls`)
        assert(info.triangles <= BUDGET.triangles, `${proc} ${ch.id}: ${info.triangles} triangles`)
        const caption = await page.locator('.caption h2').innerText()
        assert(caption.length > 3, 'caption missing')
        summary.chapters.push({ viewport: `${viewport.width}x${viewport.height}`, proc, chapter: ch.id, ...info })
        await page.screenshot({ path: path.join(dir, `${proc}-${String(++n).padStart(2, '0')}-${ch.id}.png`) })
      }
    }
    await page.close()
  })
}

await check('the URL restores the case and time, also after a reload', async () => {
  const { page } = await open('?proc=kp&t=20&level=L2&grade=3&overlay=1')
  let s = await state(page)
  assert(s.procedure === 'kp' && Math.abs(s.t - 20) < 0.05 && s.case.level === 'L2' && s.case.grade === 3, `restored ${s.procedure} ${s.t} ${s.case.level}`)
  await page.getByRole('complementary', { name: 'Where cement can leak' }).waitFor()
  await page.evaluate(() => window.__spineviz.seek(33.3))
  await page.waitForFunction(() => /t=33\.3/.test(location.search), null, { timeout: 5000 })
  await page.reload()
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
  s = await state(page)
  assert(Math.abs(s.t - 33.3) < 0.05 && s.case.level === 'L2', `after reload: t=${s.t} level=${s.case.level}`)
  await page.close()
})

await check('bad link values fall back to defaults with a polite notice, and the app still works', async () => {
  const { page } = await open('?level=Q9&vol=abc&grade=9&proc=<script>alert(1)</script>')
  const s = await state(page)
  assert(s.case.level === 'L1' && s.case.vol === 4 && s.case.grade === 2 && s.procedure === 'vp', 'defaults not used')
  const notice = page.getByRole('status')
  await notice.waitFor()
  const text = await notice.innerText()
  assert(/could not read the level/.test(text) && /cement volume/.test(text), `notice: ${text}`)
  assert(!(await page.locator('script:not([src])').count()), 'markup injected')
  await page.getByRole('button', { name: 'Dismiss' }).click()
  assert(!(await notice.count()), 'notice did not go away')
  await page.getByRole('button', { name: 'Next step' }).click()
  assert((await state(page)).chapter === 'fracture', 'app stopped working after a bad link')
  await page.close()
})

await check('the leak-risk overlay shows numbers with sources, and the surgeon case panel changes the scene in two taps', async () => {
  const { page } = await open()
  await page.getByRole('button', { name: 'Leak risk' }).click()
  const legend = page.getByRole('complementary', { name: 'Where cement can leak' })
  await legend.waitFor()
  const text = await legend.innerText()
  assert(/41%/.test(text) && /Hsieh 2019/.test(text) && /describe groups of people/.test(text), `legend: ${text.slice(0, 300)}`)
  // the surgeon's case panel: two taps set the back wall to breached, and the canal risk rises
  const before = (await state(page)).risk.pathways.canal
  await page.getByRole('button', { name: /^Case/ }).click()
  const drawer = page.getByRole('region', { name: 'Case' })
  await drawer.getByRole('radiogroup', { name: 'Back wall' }).getByRole('radio', { name: 'breached' }).click()
  await page.waitForFunction((b) => window.__spineviz.state().risk.pathways.canal > b * 1.5, before, { timeout: 10_000 })
  assert((await state(page)).case.wall === 'breached', 'wall not set')
  await drawer.getByRole('button', { name: 'More cement' }).click()
  assert((await state(page)).case.vol === 4.5, 'volume did not step to 4.5 mL')
  await drawer.getByRole('button', { name: 'Done' }).click()
  assert(/L1, wedge, grade 2, 4\.5 mL/.test(await page.getByRole('button', { name: /^Case/ }).innerText()), 'the summary does not show the case')
  assert(!(await page.locator('.case-panel').count()), 'leva is the student panel, not the surgeon one')
  await page.waitForFunction(() => /wall=breached/.test(location.search), null, { timeout: 5000 })
  await page.close()
})

await riskChecks({ open, check, assert, state, frame, SHOTS })
await modeChecks({ open, check, assert, state })
await audienceChecks({ open, check, assert, state, frame })
await fluoroChecks({ open, check, assert, state, frame, SHOTS })
await procedureChecks({ open, check, assert, state, frame, SHOTS })
await memoryChecks({ open, check, assert })
await resilienceChecks({ open, check, assert, url: srv.url })
await canvasChecks({ open, check, assert, state })
await offlineChecks({ url: srv.url, dist: path.join(ROOT, 'dist'), check, assert, problems })

await check('a case change in the student what-if panel shows in the scene within two frames (grade 2 -> 3)', async () => {
  const { page } = await open('?t=15&mode=student')
  const panel = page.locator('.case-panel')
  await panel.waitFor({ timeout: 20_000 })
  const canvas = page.locator('canvas').first()
  const before = await canvas.screenshot()
  const h0 = (await state(page)).vertebra.anteriorHeightMm
  await panel.locator('select[id="grade"]').selectOption({ label: '3 severe (>40%)' })
  await frame(page)
  const after = await canvas.screenshot()
  const h1 = (await state(page)).vertebra.anteriorHeightMm
  assert(h1 < h0 - 2, `anterior height ${h0} -> ${h1}`)
  assert(Buffer.compare(before, after) !== 0, 'the picture did not change within two frames')
  // its words follow the language, and the case stays as it was set
  await page.getByRole('button', { name: 'Español' }).click()
  await panel.getByText('Grado', { exact: true }).waitFor({ timeout: 5000 })
  assert(await panel.locator('select[id="grade"]').evaluate((s) => s.selectedOptions[0].textContent) === '3 grave (>40%)', 'the what-if panel lost the case or its Spanish')
  await page.close()
})

await check('the cut-away view shows solid cut faces from the side and from above, and goes back', async () => {
  const { page } = await open('?t=40')
  const canvas = page.locator('canvas').first()
  const whole = await canvas.screenshot()
  const before = await state(page)
  await page.getByRole('button', { name: 'Cut-away view' }).click()
  await frame(page)
  const side = await canvas.screenshot()
  assert(Buffer.compare(whole, side) !== 0, 'the cut changed nothing')
  const info = await page.evaluate(() => window.__spineviz.renderInfo())
  assert(info.calls <= BUDGET.calls && info.triangles <= BUDGET.triangles, `cut view: ${info.calls} calls, ${info.triangles} triangles`)
  fs.mkdirSync(path.join(SHOTS, 'section'), { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, 'section', 'sagittal.png') })
  await page.getByRole('radio', { name: 'From above' }).click()
  await frame(page)
  await page.screenshot({ path: path.join(SHOTS, 'section', 'axial.png') })
  const slider = page.getByLabel('Where the cut passes')
  await slider.fill('6')
  await frame(page)
  assert(Buffer.compare(side, await canvas.screenshot()) !== 0, 'moving the cut changed nothing')
  assert(JSON.stringify(await state(page)) === JSON.stringify(before), 'the cut changed the procedure state')
  await page.getByRole('button', { name: 'Cut-away view' }).click()
  await page.getByRole('group', { name: 'Cut-away view' }).waitFor({ state: 'detached' })
  await page.close()
})

await check('labels name the structures without overlapping, and a tap names what it touches', async () => {
  const { page } = await open('?t=30')
  await page.getByRole('button', { name: 'Labels' }).click()
  await frame(page)
  const shown = await page.locator('.label-tag').evaluateAll((els) => els.filter((e) => e.style.visibility !== 'hidden').map((e) => { const r = e.getBoundingClientRect(); return { t: e.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom } }))
  assert(shown.length >= 5, `only ${shown.length} labels shown`)
  assert(shown.some((l) => /L1 vertebral body \(treated\)/.test(l.t)), 'the treated vertebra is not labelled')
  const view = await page.locator('canvas').first().boundingBox()
  for (const l of shown) assert(l.x0 >= view.x - 1 && l.x1 <= view.x + view.width + 1, `label out of view: ${l.t}`)
  for (let i = 0; i < shown.length; i++) for (let j = 0; j < i; j++) {
    const a = shown[i], b = shown[j]
    assert(!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1), `labels overlap: ${a.t} / ${b.t}`)
  }
  await page.getByRole('button', { name: 'Labels' }).click()
  const box = await page.locator('canvas').first().boundingBox()
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  const tag = page.locator('.pick-tag')
  await tag.waitFor({ timeout: 5000 })
  assert(/(Vertebral body|Pedicle|Lamina|process|Facet|Disc|Dural sac|vein|vessels|Trocar|Balloon|Rib) · /.test(await tag.innerText()) || /Dural sac|vessels|Trocar/.test(await tag.innerText()), `tapped: ${await tag.innerText()}`)
  assert(!(await page.getByRole('button', { name: 'Guided view' }).count()), 'a tap let go of the guided camera')
  await page.mouse.click(box.x + 8, box.y + box.height - 8) // empty background
  await tag.waitFor({ state: 'detached', timeout: 5000 })
  await page.close()
})

// the soak last: about 15 minutes
await soakChecks({ open, check, assert, problems, figures: summary, changes: Number(process.env.SOAK_CHANGES) || 200, playbacks: Number(process.env.SOAK_PLAYBACKS) || 20 })

await browser.close()
await srv.close()

await check('no console errors and no requests off the machine, in any page above', async () => {
  assert(problems.console.length === 0, `${problems.console.length} console errors, first: ${problems.console[0]}`)
  assert(problems.external.length === 0, `${problems.external.length} requests off the machine, first: ${problems.external[0]}`)
})

await check(`JS loaded before the first frame within ${BUDGET.initialJsGzip / 1024} KB gzip (leva loads later)`, async () => {
  const sizes = {}
  for (const f of fs.readdirSync(path.join(ROOT, 'dist/assets')).filter((f) => f.endsWith('.js'))) sizes[f] = zlib.gzipSync(fs.readFileSync(path.join(ROOT, 'dist/assets', f))).length
  // the main thread's scripts requested before data-ready (the last page opened above); workers are separate
  const loaded = [...new Set(summary.scriptsBeforeReady.map((p) => path.basename(p)))].filter((f) => !/worker/.test(f))
  assert(loaded.length > 0, 'no scripts recorded before ready')
  const initial = loaded.reduce((a, f) => a + (sizes[f] ?? 0), 0)
  summary.bundle = { initialGzip: initial, loaded, chunks: sizes }
  assert(initial <= BUDGET.initialJsGzip, `initial JS ${initial} B gzip`)
  assert(!loaded.some((f) => /CasePanel|leva/i.test(f)), 'leva loaded before the first frame')
})

const busiest = summary.chapters.reduce((a, c) => (c.calls > (a?.calls ?? -1) ? c : a), null)
const most = summary.chapters.reduce((a, c) => (c.triangles > (a?.triangles ?? -1) ? c : a), null)
console.log('\nfigures:')
console.log(`  time to first full frame (navigation -> ready), default case: ${summary.readyMs.join(', ')} ms`)
if (summary.bundle) console.log(`  JS before the first frame, gzip: ${(summary.bundle.initialGzip / 1024).toFixed(1)} KB (${summary.bundle.loaded.join(', ')}); all chunks: ${Object.entries(summary.bundle.chunks).map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KB`).join(', ')}`)
if (busiest) console.log(`  most draw calls: ${busiest.calls} (${busiest.proc} ${busiest.chapter}); most triangles: ${most.triangles} (${most.proc} ${most.chapter})`)
if (summary.soak) console.log(`  soak: ${summary.soak}`)
console.log(`  screenshots: ${path.relative(ROOT, SHOTS)}/`)
const failed = results.filter((r) => !r.ok).length
console.log(`\ne2e: ${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
