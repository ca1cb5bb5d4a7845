// npm run bench: measures the budgets of DESIGN.md section 10 that this version can, on this machine.
// Writes tests/bench/out/bench.json and bench.md (git-ignored). Times are medians: machines are shared.
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { build } from 'vite'
import { chromium } from 'playwright-core'
import { serve } from '../e2e/server.mjs'
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs'

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const OUT = path.join(ROOT, 'tests/bench/out')
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
fs.mkdirSync(OUT, { recursive: true })

console.log('bench: core in Node')
const core = JSON.parse(execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'tests/bench/core.bench.ts')], { encoding: 'utf8' }).trim().split('\n').pop())

console.log('bench: bare R3F canvas build')
await build({ root: path.join(ROOT, 'tests/bench/bare'), logLevel: 'error', build: { outDir: path.join(OUT, 'bare'), emptyOutDir: true } })

const app = await serve(path.join(ROOT, 'dist'))
const bare = await serve(path.join(OUT, 'bare'))
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })

async function firstFrame(url) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } })
  await page.goto(url)
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
  const ms = await page.evaluate(() => performance.now())
  await page.close()
  return ms
}
// interleave the runs so drift in machine load hits both alike
const appMs = [], bareMs = []
for (let i = 0; i < 5; i++) { bareMs.push(await firstFrame(bare.url)); appMs.push(await firstFrame(app.url)) }

const page = await browser.newPage({ viewport: { width: 1024, height: 768 } })
// student mode: its what-if panel (leva) is where the case changes below are made
await page.goto(`${app.url}/?mode=student`)
await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
// seek -> the frame that shows it, against a redraw of the same t (the cost of one frame here): the
// budget is one frame, so their ratio is what matters; SwiftShader's absolute ms say little of a GPU
const [seekMs, redrawMs] = await page.evaluate(async () => {
  const h = window.__spineviz, d = h.state().duration, seek = [], redraw = []
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  await frame()
  for (let i = 0; i < 50; i++) {
    const t = (d * ((i * 37) % 50)) / 50
    let t0 = performance.now()
    h.seek(t)
    await new Promise((r) => requestAnimationFrame(r)) // the frame that draws the new t
    seek.push(performance.now() - t0)
    await frame()
    t0 = performance.now()
    h.seek(t)
    await new Promise((r) => requestAnimationFrame(r))
    redraw.push(performance.now() - t0)
    await frame()
  }
  return [seek, redraw]
})
const perChapter = await page.evaluate(async () => {
  const h = window.__spineviz, d = h.state().duration, out = {}
  for (let i = 0; i < 100; i++) {
    h.seek((d * (i + 0.5)) / 100)
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    const c = h.state().chapter, info = h.renderInfo()
    out[c] = { calls: Math.max(out[c]?.calls ?? 0, info.calls), triangles: Math.max(out[c]?.triangles ?? 0, info.triangles) }
  }
  return out
})
// 20 level changes through the case panel, as a user makes them, then back to L1: geometry and texture
// counts must return to where they started
const levels = ['L2', 'T12', 'L3', 'T11', 'L4']
const levelSelect = page.locator('.case-panel select[id="level"]')
await levelSelect.waitFor({ timeout: 20_000 })
const ready = () => page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
const cdp = await page.context().newCDPSession(page)
const probe = async () => {
  await cdp.send('HeapProfiler.collectGarbage')
  return page.evaluate(() => ({ ...window.__spineviz.renderInfo(), heap: performance.memory?.usedJSHeapSize ?? 0 }))
}
const start = await probe()
for (let i = 0; i < 20; i++) { await levelSelect.selectOption(levels[i % levels.length]); await ready() }
await levelSelect.selectOption('L1'); await ready()
await page.evaluate(() => new Promise((r) => setTimeout(r, 300)))
const end = await probe()
const memory = { start, end, heap0: start.heap, heap1: end.heap }
// viscosity changes: the field is rebuilt in the worker; the main thread must never be blocked > 50 ms
await page.evaluate(() => {
  window.__longTasks = []
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration) }).observe({ type: 'longtask' })
})
const viscSelect = page.locator('.case-panel select[id="visc"]')
for (const label of ['runny', 'thick', 'medium', 'runny', 'medium']) { await viscSelect.selectOption({ label }); await ready() }
await page.evaluate(() => new Promise((r) => setTimeout(r, 300)))
const longTasks = await page.evaluate(() => window.__longTasks)

// the X-ray inset's cost: a frame at a time already shown (both canvases redraw; the bones' targets are
// kept), and the frame interval while the bones move (the fracture chapter playing: each frame collapses
// them further), with the 3D view alone and then with the small X-ray views beside it. Interleaved, so
// load drift hits both alike.
const fluoroPage = await browser.newPage({ viewport: { width: 1024, height: 768 } })
await fluoroPage.goto(`${app.url}/?mode=surgeon`)
await fluoroPage.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
// still: a frame at a time already shown; moving: frame intervals while the fracture chapter (5-12 s) plays
const frameCost = (moving) => fluoroPage.evaluate(async (moving) => {
  const h = window.__spineviz, out = []
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  if (moving) {
    h.seek(5.2); await frame(); h.play()
    let last = performance.now()
    while (h.state().t < 9.5) { await new Promise((r) => requestAnimationFrame(r)); const now = performance.now(); out.push(now - last); last = now }
    h.pause()
    return out.slice(2)
  }
  for (let i = 0; i < 16; i++) {
    const t = (i * 53) % 50
    h.seek(t); await frame()
    const t0 = performance.now()
    h.seek(t)
    await new Promise((r) => requestAnimationFrame(r))
    out.push(performance.now() - t0)
    await frame()
  }
  return out
}, moving)
const xray = fluoroPage.getByRole('button', { name: 'X-ray', exact: true })
const fluoro = { still3d: [], stillInset: [], moving3d: [], movingInset: [] }
for (let round = 0; round < 3; round++) {
  fluoro.still3d.push(...await frameCost(false)); fluoro.moving3d.push(...await frameCost(true))
  await xray.click()
  await fluoroPage.getByRole('radio', { name: 'Small', exact: true }).click()
  await fluoroPage.locator('.fluoro-frame').first().waitFor()
  await fluoroPage.waitForTimeout(500)
  fluoro.stillInset.push(...await frameCost(false)); fluoro.movingInset.push(...await frameCost(true))
  await xray.click()
  await fluoroPage.waitForTimeout(300)
}
await browser.close(); await app.close(); await bare.close()

const result = {
  machine: `${process.platform} ${process.arch}, node ${process.version}, SwiftShader WebGL`,
  firstFrame: { appMedianMs: median(appMs), bareMedianMs: median(bareMs), ratio: median(appMs) / median(bareMs), budgetRatio: 2 },
  seekToFrameMedianMs: median(seekMs),
  redrawMedianMs: median(redrawMs),
  perChapter,
  core,
  levelChanges: memory,
  viscosityChangeLongTasksMs: longTasks,
  fluoroInset: Object.fromEntries(Object.entries(fluoro).map(([k, v]) => [k, median(v)])),
}
fs.writeFileSync(path.join(OUT, 'bench.json'), JSON.stringify(result, null, 2))
const md = [
  '| what | value | budget |', '|---|---|---|',
  `| first full frame, app (median of 5) | ${result.firstFrame.appMedianMs.toFixed(0)} ms | |`,
  `| first frame, bare R3F canvas (median of 5) | ${result.firstFrame.bareMedianMs.toFixed(0)} ms | |`,
  `| ratio app / bare | ${result.firstFrame.ratio.toFixed(2)} | <= 2 |`,
  `| seek -> frame on screen (median of 50) | ${result.seekToFrameMedianMs.toFixed(1)} ms = ${(result.seekToFrameMedianMs / result.redrawMedianMs).toFixed(2)} x a redraw (${result.redrawMedianMs.toFixed(1)} ms) | 1 frame |`,
  `| stateAt per call | ${(core.stateAtMsPerCall * 1000).toFixed(2)} us | <= 50 us |`,
  `| cement field, default case (median of 5) | ${core.cementDefaultMs.toFixed(0)} ms | <= 150 ms |`,
  `| cement field after a viscosity change | ${core.cementViscosityChangeMs.toFixed(0)} ms | |`,
  `| cement field, kyphoplasty | ${core.cementKyphoplastyMs.toFixed(0)} ms | |`,
  `| longest main-thread task over 5 viscosity changes in the app | ${longTasks.length ? Math.max(...longTasks).toFixed(0) + ' ms (' + longTasks.length + ' tasks over 50 ms)' : 'none over 50 ms'} | never > 50 ms |`,
  `| baked meshes: decode the L1 segment (5 files) | ${core.segmentDecodeMs.toFixed(1)} ms; all meshes ${(core.bakedMeshesBytes / 1024).toFixed(0)} KB | |`,
  `| draw calls, busiest chapter | ${Math.max(...Object.values(perChapter).map((c) => c.calls))} | <= 60 |`,
  `| triangles, most in a chapter | ${Math.max(...Object.values(perChapter).map((c) => c.triangles))} | <= 400k |`,
  `| geometries / textures before -> after 20 level changes | ${memory.start.geometries}/${memory.start.textures} -> ${memory.end.geometries}/${memory.end.textures} | back to start |`,
  `| JS heap before -> after | ${(memory.heap0 / 1e6).toFixed(1)} -> ${(memory.heap1 / 1e6).toFixed(1)} MB | within 10 % |`,
  `| frame, 3D alone -> with the small X-ray views (median of 48 redraws) | ${result.fluoroInset.still3d.toFixed(1)} -> ${result.fluoroInset.stillInset.toFixed(1)} ms (+${(100 * (result.fluoroInset.stillInset / result.fluoroInset.still3d - 1)).toFixed(0)} %) | <= +30 % |`,
  `| frame interval playing the fracture chapter (bones move) | ${result.fluoroInset.moving3d.toFixed(1)} -> ${result.fluoroInset.movingInset.toFixed(1)} ms (+${(100 * (result.fluoroInset.movingInset / result.fluoroInset.moving3d - 1)).toFixed(0)} %) | |`,
].join('\n')
fs.writeFileSync(path.join(OUT, 'bench.md'), md + '\n')
console.log(md)
