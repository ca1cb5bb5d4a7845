// What the bench measures inside a page, one function per row group of the report. Each takes a
// Playwright page showing the built app and returns plain numbers.
import { caseChanges, ready } from '../e2e/caseChanges.mjs'

export const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN)
export const pct = (xs, p) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] : NaN
export { ready }

/**
 * A new tab opened at url in a fresh context, as a user opens the app: not a blank tab navigated to it. A
 * blank tab that navigates keeps its first document's compositor alive and tears it down 1 s later on the
 * main thread (WidgetBase::Shutdown, 250-400 ms here in SwiftShader), inside the load of any page that
 * takes longer than that: a cost of the harness, which the bare canvas, ready sooner, never paid.
 */
export async function openTab(browser, url, options) {
  const context = await browser.newContext(options)
  const holder = await context.newPage()
  const cdp = await context.newCDPSession(holder)
  const { targetInfo } = await cdp.send('Target.getTargetInfo')
  const opened = context.waitForEvent('page')
  await cdp.send('Target.createTarget', { url, browserContextId: targetInfo.browserContextId })
  return { page: await opened, close: () => context.close() }
}

/** The app's start-up marks (ms since navigation): meshes in, React started, cement field in, ready. */
export const startMarks = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('spineviz:'))
        .map((m) => [m.name.slice(9), m.startTime]),
    ),
  )

/** Seek -> the frame that shows it, against a redraw of the same t: the budget is one frame. */
export const seekLatency = (page) =>
  page.evaluate(async () => {
    const h = window.__spineviz,
      d = h.state().duration,
      seek = [],
      redraw = []
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    await frame()
    for (let i = 0; i < 50; i++) {
      const t = (d * ((i * 37) % 50)) / 50
      let t0 = performance.now()
      h.seek(t)
      await new Promise((r) => requestAnimationFrame(r))
      seek.push(performance.now() - t0)
      await frame()
      t0 = performance.now()
      h.seek(t)
      await new Promise((r) => requestAnimationFrame(r))
      redraw.push(performance.now() - t0)
      await frame()
    }
    return { seek, redraw }
  })

/** Draw calls and triangles, the most in each chapter, over 100 times through the procedure. */
export const drawPerChapter = (page) =>
  page.evaluate(async () => {
    const h = window.__spineviz,
      d = h.state().duration,
      out = {}
    for (let i = 0; i < 100; i++) {
      h.seek((d * (i + 0.5)) / 100)
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      const c = h.state().chapter,
        info = h.renderInfo()
      out[c] = {
        calls: Math.max(out[c]?.calls ?? 0, info.calls),
        triangles: Math.max(out[c]?.triangles ?? 0, info.triangles),
      }
    }
    return out
  })

/** Frame intervals while the whole procedure plays at 1x, by chapter (a mode without checkpoints: they pause). */
/**
 * Frame intervals per chapter over one playback from the start, and React commits per second of it (in a page
 * opened with COUNT_COMMITS from tests/e2e/reactCommits.mjs; null without).
 */
export const playIntervals = (page) =>
  page.evaluate(async () => {
    const h = window.__spineviz,
      out = {},
      d = h.state().duration
    h.seek(0)
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    const c0 = window.__commits,
      t0 = performance.now()
    h.play()
    let last = performance.now(),
      moved = last,
      t = 0
    while (h.state().t < d - 0.01 && last - moved < 3000) {
      await new Promise((r) => requestAnimationFrame(r))
      const now = performance.now(),
        s = h.state(),
        c = s.chapter
      if (s.t !== t) {
        t = s.t
        moved = now
      }
      ;(out[c] ??= []).push(now - last)
      last = now
    }
    h.pause()
    return {
      byChapter: out,
      commitsPerSecond: c0 === undefined ? null : (window.__commits - c0) / ((performance.now() - t0) / 1000),
    }
  })

/**
 * Per chapter, the interval of a redraw of one still moment (its middle, seeked again every frame): what the
 * frame costs to draw, without time moving. Playing against this is what playing itself adds.
 */
export const stillIntervals = (page, ms = 1500) =>
  page.evaluate(async (ms) => {
    const h = window.__spineviz,
      d = h.state().duration,
      out = {}
    const mids = {}
    for (let i = 0; i <= 200; i++) {
      const t = (d * i) / 200
      h.seek(t)
      const c = h.state().chapter
      ;(mids[c] ??= []).push(t)
    }
    for (const [c, ts] of Object.entries(mids)) {
      const t = ts[Math.floor(ts.length / 2)]
      h.seek(t)
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      const xs = []
      let last = performance.now()
      const end = last + ms
      while (last < end) {
        h.seek(t)
        await new Promise((r) => requestAnimationFrame(r))
        const now = performance.now()
        xs.push(now - last)
        last = now
      }
      out[c] = xs.slice(1)
    }
    return out
  }, ms)

/** Frame intervals of a page that draws every frame (the bare canvas with ?play), over `ms`. */
export const steadyIntervals = (page, ms = 4000) =>
  page.evaluate(async (ms) => {
    const out = []
    let last = performance.now()
    const end = last + ms
    while (last < end) {
      await new Promise((r) => requestAnimationFrame(r))
      const now = performance.now()
      out.push(now - last)
      last = now
    }
    return out.slice(3) // the first frames settle
  }, ms)

/** Heap after forced collections, with the renderer's geometry and texture counts. */
export async function memoryProbe(page, cdp) {
  await page.waitForTimeout(300)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  return page.evaluate(() => ({ ...window.__spineviz.renderInfo(), heap: performance.memory?.usedJSHeapSize ?? 0 }))
}

/**
 * A heap snapshot's size split as V8 itself splits it: compiled code (what the JIT adds as more paths run)
 * and everything else (objects, strings, array buffers: what a leak would grow).
 */
export async function heapSplit(cdp) {
  const chunks = []
  const take = (c) => chunks.push(c.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take)
  const snap = JSON.parse(chunks.join(''))
  const f = snap.snapshot.meta.node_fields,
    types = snap.snapshot.meta.node_types[0],
    nodes = snap.nodes
  const it = f.indexOf('type'),
    is = f.indexOf('self_size')
  let code = 0,
    rest = 0
  for (let i = 0; i < nodes.length; i += f.length) {
    if (types[nodes[i + it]] === 'code') code += nodes[i + is]
    else rest += nodes[i + is]
  }
  return { code, rest }
}

/** Long tasks on the main thread from now until collect() is called. */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration)
    }).observe({ type: 'longtask' })
  })
  return { collect: () => page.evaluate(() => window.__longTasks) }
}

/** `n` case changes after a warm-up of 20: heap, counts and long tasks at load, after the warm-up and at the end. */
export async function caseChangeRun(page, cdp, n) {
  const atLoad = await memoryProbe(page, cdp)
  await caseChanges(page, 20)
  const warm = await memoryProbe(page, cdp)
  const warmSplit = await heapSplit(cdp)
  const tasks = await watchLongTasks(page)
  const t0 = Date.now()
  await caseChanges(page, n)
  const seconds = (Date.now() - t0) / 1000
  const long = await tasks.collect()
  // the cement worker's time per field, from the app's marks (the first is the cold one at start-up)
  const workerMs = await page.evaluate(() =>
    performance
      .getEntriesByName('spineviz:cement')
      .map((m) => m.detail?.workerMs)
      .filter(Number.isFinite),
  )
  const end = await memoryProbe(page, cdp)
  const endSplit = await heapSplit(cdp)
  return { atLoad, warm, end, warmSplit, endSplit, longTasks: long, seconds, workerMs }
}
