// End-to-end checks of the first things a new user does: open the app, play, use the keys and the scrubber,
// step through every chapter of both procedures at both tablet sizes (a screenshot of each saved in
// tests/e2e/screenshots, git-ignored), come back by the URL, survive a bad link, open the leak risk and set up a
// case. Registered by app.spec.mjs.
import fs from 'node:fs'
import path from 'node:path'

// programsAtStart: shader programs linked for the default case's first frame; each link is a wait on the
// first frame's path (30-60 ms in software), so a new one should be a choice, not an accident
export const BUDGET = { calls: 60, triangles: 400_000, initialJsGzip: 400 * 1024, programsAtStart: 3 }

export async function basicChecks({ open, check, assert, state, frame, SHOTS }) {
  await check('opens the default case, ready, with the spine drawn', async () => {
    const { page, readyMs } = await open()
    console.log(`       time to first full frame (navigation -> ready): ${readyMs} ms`)
    const s = await state(page)
    assert(
      s.procedure === 'vp' && s.case.level === 'L1' && s.t === 0 && s.chapter === 'healthy',
      `default state: ${JSON.stringify(s).slice(0, 200)}`,
    )
    const info = await page.evaluate(() => window.__spineviz.renderInfo())
    assert(info.calls > 0 && info.triangles > 20000, `renderInfo ${JSON.stringify(info)}`)
    assert(
      info.programs > 0 && info.programs <= BUDGET.programsAtStart,
      `${info.programs} shader programs for the first frame (budget ${BUDGET.programsAtStart})`,
    )
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
    assert(
      (await state(page)).chapter === 'fracture' && (await state(page)).t === 5,
      'ArrowUp -> start of this chapter',
    )
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
    const same = await page.evaluate((t) => {
      const h = window.__spineviz
      const a = JSON.stringify(h.state())
      h.seek(0)
      h.seek(h.state().duration)
      h.seek(t)
      return a === JSON.stringify(h.state())
    }, s.t)
    assert(same, 'state differs after scrubbing away and back')
    const text = await track.getAttribute('aria-valuetext')
    assert(/Filling with cement|The cement hardens/.test(text), `aria-valuetext: ${text}`)
    await page.close()
  })

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ]) {
    await check(
      `every chapter of both procedures at ${viewport.width}x${viewport.height}: drawn within budget, screenshot saved`,
      async () => {
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
            const h = window.__spineviz,
              d = h.state().duration,
              out = []
            for (let i = 0; i <= 400; i++) {
              h.seek((d * i) / 400)
              const c = h.state().chapter
              if (!out.length || out[out.length - 1].id !== c) out.push({ id: c, from: (d * i) / 400 })
              out[out.length - 1].to = (d * i) / 400
            }
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
            await page.screenshot({ path: path.join(dir, `${proc}-${String(++n).padStart(2, '0')}-${ch.id}.png`) })
          }
        }
        await page.close()
      },
    )
  }

  await check('the URL restores the case and time, also after a reload', async () => {
    const { page } = await open('?proc=kp&t=20&level=L2&grade=3&overlay=1')
    let s = await state(page)
    assert(
      s.procedure === 'kp' && Math.abs(s.t - 20) < 0.05 && s.case.level === 'L2' && s.case.grade === 3,
      `restored ${s.procedure} ${s.t} ${s.case.level}`,
    )
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

  await check(
    'the leak-risk overlay shows numbers with sources, and the surgeon case panel changes the scene in two taps',
    async () => {
      const { page } = await open()
      await page.getByRole('button', { name: 'Leak risk' }).click()
      const legend = page.getByRole('complementary', { name: 'Where cement can leak' })
      await legend.waitFor()
      const text = await legend.innerText()
      assert(
        /41%/.test(text) && /Hsieh 2019/.test(text) && /describe groups of people/.test(text),
        `legend: ${text.slice(0, 300)}`,
      )
      // the surgeon's case panel: two taps set the back wall to breached, and the canal risk rises
      const before = (await state(page)).risk.pathways.canal
      await page.getByRole('button', { name: /^Case/ }).click()
      const drawer = page.getByRole('region', { name: 'Case' })
      await drawer.getByRole('radiogroup', { name: 'Back wall' }).getByRole('radio', { name: 'breached' }).click()
      await page.waitForFunction((b) => window.__spineviz.state().risk.pathways.canal > b * 1.5, before, {
        timeout: 10_000,
      })
      assert((await state(page)).case.wall === 'breached', 'wall not set')
      await drawer.getByRole('button', { name: 'More cement' }).click()
      assert((await state(page)).case.vol === 4.5, 'volume did not step to 4.5 mL')
      await drawer.getByRole('button', { name: 'Done' }).click()
      assert(
        /L1, wedge, grade 2, 4\.5 mL/.test(await page.getByRole('button', { name: /^Case/ }).innerText()),
        'the summary does not show the case',
      )
      assert(!(await page.locator('.case-panel').count()), 'leva is the student panel, not the surgeon one')
      await page.waitForFunction(() => /wall=breached/.test(location.search), null, { timeout: 5000 })
      await page.close()
    },
  )
}
