// End-to-end: the procedure as it is really done. The injection stops where a careful operator stops it and
// says so in the scene, the X-ray and the words; both procedures end on final images; a narrow thoracic level
// takes a needle that fits and a smaller volume; the words follow the case. Screenshots of each new step in
// each mode at both tablet sizes. Registered by app.spec.mjs.
import fs from 'node:fs'
import path from 'node:path'

const SIZES = { '1024x768': { width: 1024, height: 768 }, '768x1024': { width: 768, height: 1024 } }

/** The time a chapter starts and ends at, from the handle (seeking through the timeline). */
const chapterSpan = (page, id) =>
  page.evaluate((id) => {
    const h = window.__spineviz,
      d = h.state().duration
    let start = null,
      end = null
    for (let i = 0; i <= 400; i++) {
      const t = (d * i) / 400
      h.seek(t)
      if (h.state().chapter === id) {
        start ??= t
        end = t
      }
    }
    return start === null ? null : { start, end }
  }, id)

export async function procedureChecks({ open, check, assert, state, frame, SHOTS }) {
  await check(
    'runny cement and a breached back wall: the injection stops early at the stop line and says why, in the scene, the X-ray and the words',
    async () => {
      const { page } = await open('?visc=low&wall=breached&mode=surgeon&view=split')
      const span = await chapterSpan(page, 'cement-injection')
      await page.evaluate((t) => window.__spineviz.seek(t), span.end)
      await frame(page)
      const s = await state(page)
      assert(
        s.cement.stop?.final === true && s.cement.stop.reason === 'posterior-wall',
        `stop: ${JSON.stringify(s.cement.stop)}`,
      )
      assert(
        s.cement.volumeMl < s.case.vol / 2 && Math.abs(s.cement.volumeMl - s.cement.stop.atMl) < 0.01,
        `injected ${s.cement.volumeMl} of ${s.case.vol} mL, stopped at ${s.cement.stop.atMl}`,
      )
      assert(s.chapter === 'cement-injection', `seeked to ${s.chapter}`)
      assert(
        /Stopped at 0\.\d of 4\.0 mL: the cement reached the back quarter/.test(
          await page.getByTestId('readout-stop').textContent(),
        ),
        'the readout does not say where it stopped',
      )
      assert(
        /Stopped: cement at the stop line/.test(await page.getByTestId('fluoro-stop').textContent()),
        'the X-ray does not say it stopped',
      )
      assert(
        (await page.locator('.stop-guide.reached').count()) === 1,
        'the stop line on the side view is not marked as reached',
      )
      assert((await page.getByTestId('mark-stop').count()) === 1, 'the timeline has no stop mark')
      await page.getByRole('radio', { name: 'Patient' }).click()
      const words = await page.getByTestId('caption').textContent()
      assert(
        /the doctor stopped at 0\.\d mL, because the cement came near the back of the bone/.test(words),
        `patient caption: ${words.slice(0, 300)}`,
      )
      await page.close()
    },
  )

  await check(
    'both procedures end on final images, and a T5 case takes a needle that fits, with a smaller usual volume than L3',
    async () => {
      for (const proc of ['vp', 'kp']) {
        const { page } = await open(`?proc=${proc}&mode=surgeon`)
        const span = await chapterSpan(page, 'final-images')
        assert(span, `${proc} has no final-images step`)
        await page.evaluate((t) => window.__spineviz.seek(t), (span.start + span.end) / 2)
        const text = await page.getByTestId('caption').textContent()
        assert(/Final lateral and AP films/.test(text), `${proc} final images caption: ${text.slice(0, 200)}`)
        await page.close()
      }
      const { page } = await open('?level=T5&mode=surgeon')
      const s = await state(page)
      assert(s.needle.gauge === 13 && s.needle.route === 'extrapedicular', `T5 needle: ${JSON.stringify(s.needle)}`)
      const span = await chapterSpan(page, 'needle-placement')
      await page.evaluate((t) => window.__spineviz.seek(t), span.end)
      assert(
        /13-gauge trocar .* extrapedicular/.test(await page.getByTestId('caption').textContent()),
        'the needle caption does not name the gauge and route',
      )
      await page.close()
      const l3 = await open('?level=L3')
      const v3 = (await state(l3.page)).case.vol
      assert(s.case.vol < v3, `usual volume T5 ${s.case.vol} mL, L3 ${v3} mL`)
      assert((await state(l3.page)).needle.gauge === 11, 'L3 does not take the 11-gauge trocar')
      await l3.page.close()
    },
  )

  await check('a tumour case’s fracture step speaks of the tumour, for the patient and in Spanish', async () => {
    const { page } = await open('?cause=tumor&mode=patient&t=9')
    const text = await page.getByTestId('caption').textContent()
    assert(
      /tumour has weakened the bone/.test(text) && !/osteoporosis/.test(text),
      `fracture caption: ${text.slice(0, 200)}`,
    )
    await page.getByRole('button', { name: 'Español' }).click()
    await page.waitForFunction(
      () => /tumor ha debilitado/.test(document.querySelector('[data-testid=caption]')?.textContent ?? ''),
      null,
      { timeout: 5000 },
    )
    await page.close()
  })

  await check('screenshots of the new steps in each mode at both tablet sizes', async () => {
    const shots = [
      ['stopped', '?visc=low&wall=breached&view=split', 'cement-injection', 'end'],
      ['final-images', '?view=split', 'final-images', 'mid'],
      ['kp-drill', '?proc=kp&view=split', 'balloon-placement', 0.25],
    ]
    for (const [size, viewport] of Object.entries(SIZES)) {
      fs.mkdirSync(path.join(SHOTS, size), { recursive: true })
      for (const [name, query, id, at] of shots)
        for (const mode of ['patient', 'surgeon', 'student']) {
          // t=1: past the tour's opening card, which would cover the step
          const { page } = await open(`${query}&mode=${mode}&t=1`, viewport)
          const span = await chapterSpan(page, id)
          const t =
            at === 'end'
              ? span.end
              : at === 'mid'
                ? (span.start + span.end) / 2
                : span.start + at * (span.end - span.start)
          await page.evaluate((t) => window.__spineviz.seek(t), t)
          await frame(page)
          const s = await state(page)
          assert(s.chapter === id, `${name} ${mode}: at ${s.chapter}`)
          if (name === 'kp-drill') {
            const info = await page.evaluate(() => window.__spineviz.renderInfo())
            assert(info.calls > 0, 'nothing drawn')
          }
          await page.screenshot({ path: path.join(SHOTS, size, `step-${name}-${mode}.png`) })
          await page.close()
        }
    }
  })
}
