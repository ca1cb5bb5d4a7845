// End-to-end soak: 200 case, procedure and mode switches through the UI, then 20 full playbacks (both
// procedures in turn, at 2x, as a surgeon shows them: a student's checkpoints would pause them). No console
// error; geometry and texture counts back where they started; the JS heap within 10 % of where it started.
// "Started" is after a warm-up: a cycle of 20 changes, which loads the lazy chunks (the student's panel, the
// comparison) and compiles the shaders once, and a playback of each procedure, which draws every object once. The heap is measured after forced collections, without V8's
// compiled code: the JIT keeps adding code as more paths run, which is not the app's data. Both figures are
// printed. Registered by app.spec.mjs; about 15 minutes in SwiftShader.
import { caseChanges, ready } from './caseChanges.mjs'
import { heapSplit, memoryProbe } from '../bench/measures.mjs'

const radio = async (page, name) => {
  await page.getByRole('radio', { name, exact: true }).first().click()
  await ready(page)
}

/** `n` full playbacks at 2x as a surgeon, both procedures in turn; then back to the student's default view at t = 0. */
async function playbacksThenBack(page, n) {
  await radio(page, 'Surgeon')
  await page.getByRole('radio', { name: '2 times speed' }).click()
  for (let i = 0; i < n; i++) {
    await radio(page, i % 2 ? 'Kyphoplasty' : 'Vertebroplasty')
    await page.evaluate(() => {
      window.__spineviz.seek(0)
      window.__spineviz.play()
    })
    await page.waitForFunction(
      () => {
        const s = window.__spineviz.state()
        return s.t >= s.duration - 0.01
      },
      null,
      { timeout: 180_000, polling: 500 },
    )
  }
  await radio(page, 'Vertebroplasty')
  await page.getByRole('radio', { name: '1 times speed' }).click()
  await radio(page, 'Student')
  await page.evaluate(() => window.__spineviz.seek(0))
  await ready(page)
}

export async function soakChecks({ open, check, assert, problems, figures, changes = 200, playbacks = 20 }) {
  await check(
    `soak: ${changes} case, procedure and mode switches and ${playbacks} full playbacks leave no console error, the heap within 10 % and GPU resources where they started`,
    async () => {
      const errorsBefore = problems.console.length
      const { page } = await open('?mode=student')
      const cdp = await page.context().newCDPSession(page)
      // warm-up: one cycle of changes and one playback of each procedure, so that every object of the scene
      // has been drawn once (a mesh hidden at t = 0 has no GPU buffers until its first frame)
      await caseChanges(page, 20)
      await playbacksThenBack(page, 2)
      const start = await memoryProbe(page, cdp),
        startSplit = await heapSplit(cdp)
      const t0 = Date.now()
      await caseChanges(page, changes)
      const t1 = Date.now()
      await playbacksThenBack(page, playbacks)
      const t2 = Date.now()
      const end = await memoryProbe(page, cdp),
        endSplit = await heapSplit(cdp)
      await page.close()
      const mb = (b) => (b / 1e6).toFixed(1)
      const pct = (a, b) => `${b >= a ? '+' : ''}${(100 * (b / a - 1)).toFixed(1)} %`
      figures.soak =
        `${changes} switches in ${((t1 - t0) / 1000).toFixed(0)} s, ${playbacks} playbacks in ${((t2 - t1) / 1000).toFixed(0)} s; ` +
        `heap without compiled code ${mb(startSplit.rest)} -> ${mb(endSplit.rest)} MB (${pct(startSplit.rest, endSplit.rest)}), ` +
        `used heap ${mb(start.heap)} -> ${mb(end.heap)} MB (${pct(start.heap, end.heap)}), compiled code ${mb(startSplit.code)} -> ${mb(endSplit.code)} MB; ` +
        `geometries/textures ${start.geometries}/${start.textures} -> ${end.geometries}/${end.textures}`
      console.log(`       ${figures.soak}`)
      assert(
        problems.console.length === errorsBefore,
        `console errors during the soak: ${problems.console.slice(errorsBefore, errorsBefore + 2).join(' | ')}`,
      )
      assert(
        end.geometries === start.geometries && end.textures === start.textures,
        `geometries/textures ${start.geometries}/${start.textures} -> ${end.geometries}/${end.textures}`,
      )
      assert(
        endSplit.rest <= startSplit.rest * 1.1,
        `heap without compiled code grew ${pct(startSplit.rest, endSplit.rest)}`,
      )
    },
    { timeout: 45 * 60_000 },
  )
}
