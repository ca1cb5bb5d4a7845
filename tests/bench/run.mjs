// npm run bench: measures the budgets of DESIGN.md section 10 on this machine, on the built app in headless
// Chromium. Writes tests/bench/out/bench.json and bench.md (git-ignored). Times are medians (and p95 where
// a spread matters): machines are shared. About 10 minutes. Service workers are blocked: the app's precaches
// everything after the first frame, load that would land in the middle of the measures.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { execFileSync } from 'node:child_process'
import { build } from 'vite'
import { chromium } from 'playwright-core'
import { serve } from '../e2e/server.mjs'
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs'
import {
  caseChangeRun,
  drawPerChapter,
  median,
  openTab,
  pct,
  playIntervals,
  ready,
  seekLatency,
  startMarks,
  steadyIntervals,
  stillIntervals,
} from './measures.mjs'
import { COUNT_COMMITS } from '../e2e/reactCommits.mjs'
import { fluoroCost } from './fluoroCost.mjs'

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const OUT = path.join(ROOT, 'tests/bench/out')
const CHANGES = 200
const RUNS = Number(process.env.RUNS) || 15
fs.mkdirSync(OUT, { recursive: true })
const viewport = { width: 1024, height: 768 }

console.log('bench: core in Node')
const core = JSON.parse(
  execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'tests/bench/core.bench.ts')], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop(),
)

console.log('bench: chunks')
const assets = path.join(ROOT, 'dist/assets')
const chunks = fs
  .readdirSync(assets)
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => {
    const bytes = fs.readFileSync(path.join(assets, f))
    return { file: f, kb: bytes.length / 1024, gzipKb: zlib.gzipSync(bytes, { level: 9 }).length / 1024 }
  })
  .sort((a, b) => b.gzipKb - a.gzipKb)

console.log('bench: bare R3F canvas build')
await build({
  root: path.join(ROOT, 'tests/bench/bare'),
  logLevel: 'error',
  build: { outDir: path.join(OUT, 'bare'), emptyOutDir: true },
})
const app = await serve(path.join(ROOT, 'dist'))
const bare = await serve(path.join(OUT, 'bare'))
const bareServer = bare
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })

console.log('bench: first frame, app and bare canvas interleaved')
async function firstFrame(url) {
  const { page, close } = await openTab(browser, url, { viewport, serviceWorkers: 'block' })
  await ready(page)
  const out = {
    // when the ready flag was set (both pages mark it), not when the harness's polling saw it: after the
    // app's first frame the page draws again (labels placed), and a poll waits behind that frame
    ms: await page.evaluate(() => performance.getEntriesByName('spineviz:ready')[0].startTime),
    marks: await startMarks(page),
    // the scripts asked for before the first full frame (workers' included), as the e2e budget counts them
    scripts: await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter(
          (e) =>
            /\.js$/.test(new URL(e.name).pathname) &&
            e.startTime < (performance.getEntriesByName('spineviz:ready')[0]?.startTime ?? Infinity),
        )
        .map((e) => new URL(e.name).pathname.split('/').pop()),
    ),
  }
  await close()
  return out
}
const appRuns = [],
  bareRuns = []
for (let i = 0; i < RUNS; i++) {
  bareRuns.push(await firstFrame(bare.url))
  appRuns.push(await firstFrame(app.url))
}
const marks = Object.fromEntries(
  ['anatomy', 'boot', 'cement', 'ready'].map((k) => [k, median(appRuns.map((r) => r.marks[k]))]),
)
const appMs = appRuns.map((r) => r.ms),
  bareMs = bareRuns.map((r) => r.ms)
const first = { appMs, bareMs, ratio: median(appMs) / median(bareMs), marks, scripts: appRuns[0].scripts }
if (process.env.BENCH === 'first') {
  // BENCH=first npm run bench: the start-up row alone (about a minute), for work on the first frame
  console.log(
    `first frame ${firstFrameText(first)}; marks ${JSON.stringify(marks, (k, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
  )
  console.log(
    `app ${appRuns.map((r) => r.ms.toFixed(0)).join(' ')}; bare ${bareRuns.map((r) => r.ms.toFixed(0)).join(' ')}`,
  )
  await browser.close()
  await app.close()
  await bare.close()
  process.exit(0)
}

/** Playback of both procedures as the surgeon sees it (the student's checkpoints would pause it), each run
 * beside the bare canvas drawing every frame in the same minute. */
async function playbackRun() {
  const draw = {},
    play = {},
    commits = {},
    still = {},
    bare = []
  const surgeon = await browser.newPage({ viewport, serviceWorkers: 'block' })
  await surgeon.addInitScript(COUNT_COMMITS)
  const ref = await browser.newPage({ viewport, serviceWorkers: 'block' })
  for (const [proc, q] of [
    ['vp', ''],
    ['kp', '&proc=kp'],
  ]) {
    await ref.goto(`${bareServer.url}/?play`)
    await ready(ref)
    bare.push(...(await steadyIntervals(ref)))
    await ref.goto('about:blank')
    await surgeon.goto(`${app.url}/?mode=surgeon${q}`)
    await ready(surgeon)
    if (process.env.BENCH !== 'play') draw[proc] = await drawPerChapter(surgeon)
    const run = await playIntervals(surgeon)
    play[proc] = run.byChapter
    commits[proc] = run.commitsPerSecond
    still[proc] = Object.fromEntries(Object.entries(await stillIntervals(surgeon)).map(([c, xs]) => [c, median(xs)]))
    await surgeon.goto('about:blank')
  }
  await surgeon.close()
  await ref.close()
  return { draw, play, commits, still, bare: median(bare) }
}
const playText = (p) =>
  Object.entries(p.play)
    .map(
      ([proc, byChapter]) =>
        `${proc}: ${Object.entries(byChapter)
          .map(
            ([c, xs]) =>
              `${c} ${(median(xs) / p.bare).toFixed(2)} (still ${(median(xs) / p.still[proc][c]).toFixed(2)})`,
          )
          .join(', ')}`,
    )
    .join('\n')

if (process.env.BENCH === 'play') {
  // BENCH=play npm run bench: the playing frame interval alone, app against bare canvas per chapter (about 4 minutes)
  const p = await playbackRun()
  console.log(
    `per chapter: playing / bare canvas (playing / a redraw of the same moment); bare canvas ${p.bare.toFixed(0)} ms; commits/s VP ${p.commits.vp?.toFixed(2)}, KP ${p.commits.kp?.toFixed(2)}\n${playText(p)}`,
  )
  await browser.close()
  await app.close()
  await bare.close()
  process.exit(0)
}

console.log('bench: seeks, draw calls, playback of both procedures')
const page = await browser.newPage({ viewport, serviceWorkers: 'block' })
await page.goto(`${app.url}/?mode=student`)
await ready(page)
const seeks = await seekLatency(page)
const { draw, play, commits, still, bare: bareFrameMs } = await playbackRun()

console.log(`bench: ${CHANGES} case changes`)
const cdp = await page.context().newCDPSession(page)
const changes = await caseChangeRun(page, cdp, CHANGES)
await page.close()

console.log('bench: X-ray views')
const fluoro = await fluoroCost(browser, app.url, viewport)
await browser.close()
await app.close()
await bare.close()

const result = {
  machine: `${process.platform} ${process.arch}, node ${process.version}, SwiftShader WebGL, ${viewport.width}x${viewport.height}`,
  firstFrame: first,
  seek: { medianMs: median(seeks.seek), redrawMedianMs: median(seeks.redraw) },
  draw,
  commits,
  bareFrameMs,
  still,
  play: Object.fromEntries(
    Object.entries(play).map(([p, byChapter]) => [
      p,
      Object.fromEntries(
        Object.entries(byChapter).map(([c, xs]) => [c, { p50: median(xs), p95: pct(xs, 0.95), frames: xs.length }]),
      ),
    ]),
  ),
  core,
  chunks,
  changes,
  fluoro,
}
fs.writeFileSync(path.join(OUT, 'bench.json'), JSON.stringify(result, null, 2))
fs.writeFileSync(path.join(OUT, 'bench.md'), report(result) + '\n')
console.log(report(result))

/** "worst chapter x / median chapter x (bare N ms)" for the playing frame interval. */
/** "worst x / median x" of playing against a redraw of the same moment, per chapter: what playing adds. */
function playStillText(r) {
  const ratios = ['vp', 'kp'].flatMap((p) => Object.entries(r.play[p]).map(([c, x]) => x.p50 / r.still[p][c]))
  return `${Math.max(...ratios).toFixed(2)} / ${median(ratios).toFixed(2)}`
}

function playRatioText(r) {
  const ratios = ['vp', 'kp'].flatMap((p) => Object.values(r.play[p]).map((x) => x.p50 / r.bareFrameMs))
  return `${Math.max(...ratios).toFixed(2)} / ${median(ratios).toFixed(2)} (bare ${r.bareFrameMs.toFixed(0)} ms)`
}

/** "app / bare ms = ratio (p25-p75)": the spread is of each interleaved pair's ratio, which load moves. */
function firstFrameText(f) {
  const pairs = f.appMs.map((a, i) => a / f.bareMs[i])
  return `${median(f.appMs).toFixed(0)} / ${median(f.bareMs).toFixed(0)} ms = ${f.ratio.toFixed(2)} (${pct(pairs, 0.25).toFixed(2)}-${pct(pairs, 0.75).toFixed(2)})`
}

function report(r) {
  const mb = (b) => (b / 1e6).toFixed(1)
  const change = (a, b) => `${b >= a ? '+' : ''}${(100 * (b / a - 1)).toFixed(0)} %`
  const c = r.changes,
    maxOf = (k) => Math.max(...['vp', 'kp'].flatMap((p) => Object.values(r.draw[p]).map((x) => x[k])))
  const initial = r.chunks.filter((x) => r.firstFrame.scripts.includes(x.file))
  const longest = c.longTasks.length ? Math.max(...c.longTasks) : 0
  const rows = [
    [
      `first full frame: app / bare R3F canvas (medians of ${r.firstFrame.appMs.length}, interleaved; p25-p75 of the ratio per pair)`,
      firstFrameText(r.firstFrame),
      '<= 2',
    ],
    [
      '  app start-up: meshes in, React started, cement field in, ready (medians)',
      ['anatomy', 'boot', 'cement', 'ready'].map((k) => r.firstFrame.marks[k]?.toFixed(0)).join(', ') + ' ms',
      '',
    ],
    [
      'seek -> frame on screen (median of 50) vs a redraw of the same t',
      `${r.seek.medianMs.toFixed(0)} vs ${r.seek.redrawMedianMs.toFixed(0)} ms = ${(r.seek.medianMs / r.seek.redrawMedianMs).toFixed(2)} frames`,
      '<= 1 frame',
    ],
    ['stateAt per call', `${(r.core.stateAtMsPerCall * 1000).toFixed(2)} us`, '<= 50 us'],
    ['cement field, default case, Node (median of 5, warm)', `${r.core.cementDefaultMs.toFixed(0)} ms`, '<= 150 ms'],
    [
      "cement field in the app's worker: at start-up (cold) / median over the case changes",
      `${c.workerMs[0]?.toFixed(0)} / ${median(c.workerMs.slice(1)).toFixed(0)} ms`,
      '',
    ],
    [
      'cement field after a viscosity change / kyphoplasty (Node)',
      `${r.core.cementViscosityChangeMs.toFixed(0)} / ${r.core.cementKyphoplastyMs.toFixed(0)} ms`,
      '',
    ],
    [
      `main-thread tasks over 50 ms in ${CHANGES} case changes`,
      `${c.longTasks.length} (${(c.longTasks.length / CHANGES).toFixed(2)} a change), longest ${longest.toFixed(0)} ms, median ${median(c.longTasks)?.toFixed?.(0) ?? '-'} ms`,
      'cement never > 50 ms',
    ],
    [
      'frame interval playing, app / bare R3F canvas drawing every frame (median per chapter: worst, median of chapters)',
      playRatioText(r),
      '<= 2 (goal 1.5)',
    ],
    [
      'frame interval playing / a redraw of the same moment, per chapter (worst, median): what playing itself adds',
      playStillText(r),
      '',
    ],
    [
      'React commits per second while playing (VP, KP: chapter changes and their words)',
      `${r.commits.vp?.toFixed(2)}, ${r.commits.kp?.toFixed(2)}`,
      'none per frame',
    ],
    ['draw calls, busiest chapter (VP, KP)', `${maxOf('calls')}`, '<= 60'],
    ['triangles, most in a chapter (VP, KP)', `${maxOf('triangles')}`, '<= 400k'],
    [
      `geometries / textures: load -> after 20 changes -> after ${CHANGES} more`,
      `${c.atLoad.geometries}/${c.atLoad.textures} -> ${c.warm.geometries}/${c.warm.textures} -> ${c.end.geometries}/${c.end.textures}`,
      'back to start',
    ],
    [
      `JS heap (used, after GC): load -> after 20 -> after ${CHANGES} more`,
      `${mb(c.atLoad.heap)} -> ${mb(c.warm.heap)} -> ${mb(c.end.heap)} MB (${change(c.warm.heap, c.end.heap)} from 20)`,
      'within 10 %',
    ],
    [
      `  of it, objects, strings and buffers (not compiled code): after 20 -> after ${CHANGES} more`,
      `${mb(c.warmSplit.rest)} -> ${mb(c.endSplit.rest)} MB (${change(c.warmSplit.rest, c.endSplit.rest)})`,
      'within 10 %',
    ],
    ['  of it, compiled code', `${mb(c.warmSplit.code)} -> ${mb(c.endSplit.code)} MB`, ''],
    [
      "JS before the first frame, gzip (the workers' included)",
      `${initial.reduce((a, x) => a + x.gzipKb, 0).toFixed(0)} KB in ${initial.length} files`,
      '<= 400 KB',
    ],
    [
      'baked meshes: decode the L1 segment (Node) / all meshes',
      `${r.core.segmentDecodeMs.toFixed(1)} ms / ${(r.core.bakedMeshesBytes / 1024).toFixed(0)} KB`,
      '',
    ],
    [
      'frame, 3D alone -> with the small X-ray views (median of 48 redraws)',
      `${r.fluoro.still3d.toFixed(0)} -> ${r.fluoro.stillInset.toFixed(0)} ms (${change(r.fluoro.still3d, r.fluoro.stillInset)})`,
      '<= +30 %',
    ],
    [
      'frame interval, fracture chapter playing (bones move), without -> with X-ray',
      `${r.fluoro.moving3d.toFixed(0)} -> ${r.fluoro.movingInset.toFixed(0)} ms (${change(r.fluoro.moving3d, r.fluoro.movingInset)})`,
      '',
    ],
  ]
  const table = ['| what | value | budget |', '|---|---|---|', ...rows.map((x) => `| ${x.join(' | ')} |`)]
  const chapters = [
    '',
    '| chapter (1x, 1024x768) | VP frame p50 / p95 (x bare) | KP frame p50 / p95 (x bare) | draw calls VP / KP | triangles VP / KP |',
    '|---|---|---|---|---|',
  ]
  for (const ch of Object.keys({ ...r.play.vp, ...r.play.kp })) {
    const f = (p) =>
      r.play[p][ch]
        ? `${r.play[p][ch].p50.toFixed(0)} / ${r.play[p][ch].p95.toFixed(0)} ms (${(r.play[p][ch].p50 / r.bareFrameMs).toFixed(2)})`
        : '-'
    const d = (p, k) => r.draw[p][ch]?.[k] ?? '-'
    chapters.push(
      `| ${ch} | ${f('vp')} | ${f('kp')} | ${d('vp', 'calls')} / ${d('kp', 'calls')} | ${d('vp', 'triangles')} / ${d('kp', 'triangles')} |`,
    )
  }
  const files = [
    '',
    '| chunk | KB | gzip KB |',
    '|---|---|---|',
    ...r.chunks.map((x) => `| ${x.file.replace(/-[\w-]{8}\./, '.')} | ${x.kb.toFixed(1)} | ${x.gzipKb.toFixed(1)} |`),
  ]
  return [...table, ...chapters, ...files].join('\n')
}
