// End-to-end paths of the three audiences, as a new user of each would take them, and an axe scan of every
// mode. Registered by app.spec.mjs.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { penPixels } from './pixels.mjs'

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const PORTRAIT = { width: 768, height: 1024 }
for (const d of ['768x1024', '1024x768']) fs.mkdirSync(`tests/e2e/screenshots/${d}`, { recursive: true })

/** Serious or critical axe violations on the page as it is now (WCAG 2.1 A and AA, and best practice). */
async function axeProblems(page) {
  await page.evaluate(AXE)
  const r = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  )
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    )
}

/** Visible text smaller than `px`, as "size tag: text". */
const smallText = (page, px) =>
  page.evaluate((px) => {
    const out = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement
      if (!walker.currentNode.textContent.trim() || !el.getClientRects().length) continue
      const cs = getComputedStyle(el)
      if (cs.visibility !== 'hidden' && parseFloat(cs.fontSize) < px)
        out.push(`${cs.fontSize} ${el.tagName}: ${walker.currentNode.textContent.trim().slice(0, 30)}`)
    }
    return out
  }, px)

export async function audienceChecks({ open, check, assert, state, frame }) {
  await check(
    'patient: opens on the tour, stops after every step with a big Continue, ends on recovery, then reads in Spanish',
    async () => {
      const { page } = await open('?mode=patient', PORTRAIT)
      const s0 = await state(page)
      await page.getByRole('heading', { name: /A short tour of vertebroplasty/ }).waitFor()
      assert(
        !(await smallText(page, 18)).length,
        `patient text under 18 px: ${(await smallText(page, 18)).slice(0, 4).join(' | ')}`,
      )
      await page.getByRole('radio', { name: '2 times speed' }).click()
      await page.getByRole('button', { name: 'Start the tour' }).click()
      const seen = []
      for (let i = 0; i < 12; i++) {
        const card = page.locator('.guide-card')
        await card.waitFor({ timeout: 30_000 })
        const title = await card.locator('h2').textContent()
        seen.push(title)
        if (title === 'At home afterwards') break
        const s = await state(page)
        const cont = page.getByRole('button', { name: 'Continue', exact: true })
        const box = await cont.boundingBox()
        assert(box.height >= 56 && box.width >= 180, `Continue is ${box.width}x${box.height}`)
        assert(await cont.evaluate((b) => b === document.activeElement), 'Continue does not have the focus')
        await page.waitForTimeout(300)
        assert((await state(page)).t === s.t, 'the tour did not pause at the stop')
        if (title === 'Getting ready')
          assert(await card.getByText('Before the day').count(), 'no preparation list at the preparation stop')
        // the whole story on the way: who it is for, what it feels like, the rare risks, what comes next
        const says = {
          'The fracture': 'Is it right for you?',
          'Placing the needle': 'What you may feel',
          'Filling with cement': 'Rare risks',
          'Checking the result': 'What happens next',
        }
        if (says[title]) assert(await card.getByText(says[title]).count(), `no "${says[title]}" at the ${title} stop`)
        if (title === 'Checking the result')
          assert(/11 to 18 in 100 get a new one/.test(await card.textContent()), 'the new-fracture figure is missing')
        if (title === 'Placing the needle') {
          // the doctor steers by X-ray: the patient may look at those pictures, with the card out of their way
          await card.getByRole('button', { name: 'Show the X-ray pictures' }).click()
          await page.locator('.fluoro-frame').first().waitFor()
          const [cardBox, imagesBox] = [await card.boundingBox(), await page.locator('.fluoro-images').boundingBox()]
          const overlap =
            Math.max(
              0,
              Math.min(cardBox.y + cardBox.height, imagesBox.y + imagesBox.height) - Math.max(cardBox.y, imagesBox.y),
            ) *
            Math.max(
              0,
              Math.min(cardBox.x + cardBox.width, imagesBox.x + imagesBox.width) - Math.max(cardBox.x, imagesBox.x),
            )
          assert(overlap === 0, 'the tour card covers the X-ray pictures')
          assert((await state(page)).t === s.t, 'showing the pictures moved the tour on')
          await card.getByRole('button', { name: 'Hide the X-ray pictures' }).click()
          await page.locator('.fluoro-panel').waitFor({ state: 'detached' })
        }
        await cont.click()
        await page.locator('.guide-card').waitFor({ state: 'detached', timeout: 5000 })
      }
      assert(
        JSON.stringify(seen) ===
          JSON.stringify([
            'A healthy spine',
            'The fracture',
            'Getting ready',
            'Placing the needle',
            'Filling with cement',
            'The cement hardens',
            'Checking the result',
            'At home afterwards',
          ]),
        `stops: ${seen.join(' > ')}`,
      )
      // the last card: recovery at home with the emergency signs, and how much it helps
      const last = await page.locator('.guide-card').textContent()
      assert(
        /Call an ambulance .* chest pain or trouble breathing/.test(last),
        'the emergency signs are missing from the last card',
      )
      assert(/pretend procedure/.test(last), 'the last card does not say what the sham-controlled trials found')
      const end = await state(page)
      assert(end.t === s0.duration, `the tour ended at ${end.t} of ${s0.duration}`)
      await page.getByRole('button', { name: 'Español' }).click()
      await page.getByRole('heading', { name: 'En casa, después' }).waitFor()
      assert((await page.evaluate(() => document.documentElement.lang)) === 'es', 'html lang is not es')
      await page.getByRole('button', { name: 'Empezar de nuevo' }).click()
      await page.getByRole('heading', { name: /Una visita corta a la vertebroplastia/ }).waitFor()
      assert((await state(page)).t === 0, 'Start again did not go back to the start')
      await page.waitForFunction(() => /lang=es/.test(location.search), null, { timeout: 5000 })
      await page.screenshot({ path: 'tests/e2e/screenshots/768x1024/patient-tour-es.png' })
      await page.close()
    },
  )

  await check(
    'surgeon: sets up a case, draws on the vertebra, compares both procedures, shares a link that reopens the same view, prints the summary',
    async () => {
      const { page } = await open('?t=40')
      await page.getByRole('button', { name: /^Case/ }).click()
      const panel = page.getByRole('region', { name: 'Case' })
      await panel.getByRole('combobox').selectOption('T12')
      await panel.getByRole('radiogroup', { name: 'Grade' }).getByRole('radio', { name: '3 severe' }).click()
      await panel.getByRole('radiogroup', { name: 'Back wall' }).getByRole('radio', { name: 'breached' }).click()
      await panel.getByRole('button', { name: 'Done' }).click()
      await page.getByRole('radio', { name: 'Kyphoplasty' }).click()
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
      const before = await state(page)
      assert(
        before.case.level === 'T12' &&
          before.case.grade === 3 &&
          before.case.wall === 'breached' &&
          before.procedure === 'kp',
        `case: ${JSON.stringify(before.case)}`,
      )

      // the pen: a stroke on the vertebra stays on it when the view turns
      await page.getByRole('button', { name: 'Pen' }).click()
      const box = await page.locator('canvas').boundingBox()
      const cx = box.x + box.width * 0.48,
        cy = box.y + box.height * 0.55
      await page.mouse.move(cx, cy)
      await page.mouse.down()
      await page.mouse.move(cx + 60, cy + 10, { steps: 12 })
      await page.mouse.up()
      await frame(page)
      const drawn = await penPixels(page)
      if (process.env.E2E_DEBUG) await page.screenshot({ path: '/work/scratch/look/pen-drawn.png' })
      assert(drawn.n > 40, `the stroke is not drawn (${drawn.n} px)`)
      await page.getByRole('button', { name: 'Done drawing' }).click()
      await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.3)
      await page.mouse.down()
      await page.mouse.move(box.x + box.width * 0.82, box.y + box.height * 0.32, { steps: 4 })
      await page.mouse.up()
      await frame(page)
      const turned = await penPixels(page)
      if (process.env.E2E_DEBUG) await page.screenshot({ path: '/work/scratch/look/pen-turned.png' })
      assert(
        turned.n > 20 && Math.hypot(turned.x - drawn.x, turned.y - drawn.y) > 5,
        `the stroke did not turn with the view: ${JSON.stringify([drawn, turned])}`,
      )

      // both procedures side by side on this case: one timeline, a canvas each, a drag in one turns both
      await page.getByRole('radio', { name: 'Compare' }).click()
      await page.waitForFunction(
        () => document.documentElement.dataset.ready === '1' && window.__spineviz.state().compare,
        null,
        { timeout: 60_000 },
      )
      await page.evaluate(() => window.__spineviz.seek(54))
      const both = await state(page)
      assert(
        both.procedure === 'kp' &&
          both.compare?.procedure === 'vp' &&
          JSON.stringify({ ...both.compare.case, proc: 'kp' }) === JSON.stringify(both.case),
        `compare: ${JSON.stringify(both.compare?.case)}`,
      )
      assert(
        both.chapter === 'cavity-fill' &&
          both.compare.chapter === 'cement-injection' &&
          both.cement.volumeMl > 1 &&
          both.compare.cement.volumeMl > 1,
        `not filling together: ${both.chapter} ${both.cement.volumeMl} | ${both.compare.chapter} ${both.compare.cement.volumeMl}`,
      )
      const vpPane = page
        .getByRole('group', { name: /side by side/ })
        .locator('canvas')
        .first()
      const kpPane = page
        .getByRole('group', { name: /side by side/ })
        .locator('canvas')
        .last()
      await frame(page)
      const [vpShot, kpShot] = [await penPixels(page, vpPane), await penPixels(page, kpPane)]
      assert(vpShot.drawn > 0.15 && kpShot.drawn > 0.15, `a pane is empty: ${vpShot.drawn} ${kpShot.drawn}`)
      await page.getByText('Vertebroplasty · Filling with cement').waitFor()
      await page.screenshot({ path: 'tests/e2e/screenshots/1024x768/surgeon-compare.png' })
      const vpBefore = await vpPane.screenshot()
      const kb = await kpPane.boundingBox()
      await page.mouse.move(kb.x + kb.width * 0.8, kb.y + kb.height * 0.7)
      await page.mouse.down()
      await page.mouse.move(kb.x + kb.width * 0.55, kb.y + kb.height * 0.7, { steps: 6 })
      await page.mouse.up()
      await frame(page)
      assert(
        !(await vpPane.screenshot()).equals(vpBefore),
        'a drag in the kyphoplasty pane did not turn the vertebroplasty one',
      )

      await page.getByRole('button', { name: 'Share' }).click()
      const dialog = page.getByRole('dialog', { name: 'Share this view' })
      await dialog.getByRole('radio', { name: 'Surgeon' }).click()
      await dialog.locator('svg.qr path').waitFor()
      const link = await dialog.getByRole('textbox').inputValue()
      assert((await dialog.locator('svg.qr').getAttribute('data-link')) === link, 'the QR code is not of the link')
      assert(!(await axeProblems(page)).length, `axe, share dialog: ${(await axeProblems(page)).join(' | ')}`)
      const other = await page.context().browser().newPage({ serviceWorkers: 'block' })
      await other.goto(link)
      await other.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
      const after = await other.evaluate(() => window.__spineviz.state())
      assert(
        JSON.stringify(after.case) === JSON.stringify(both.case) &&
          Math.abs(after.t - both.t) < 0.11 &&
          after.compare?.procedure === 'vp',
        `the link opened another view: ${JSON.stringify([after.case, after.t, both.t, !!after.compare])}`,
      )
      await other.close()

      await dialog.getByRole('button', { name: 'One-page summary' }).click()
      const sheet = page.getByRole('dialog', { name: 'Case summary' })
      await sheet.getByText('T12').first().waitFor()
      assert(await sheet.getByRole('img', { name: /The 3D view/ }).count(), 'the summary has no picture of the view')
      // one baseline and the head-to-head ratio, cited as derived from both, and the words say so
      assert(
        await sheet.getByRole('cell', { name: /derived from Hulme 2006, J Orthop Surg Res 2018/ }).count(),
        'the summary does not cite its leak figures',
      )
      assert(
        /compared the two directly/.test(await sheet.innerText()) &&
          /mostly uncontrolled studies/.test(await sheet.innerText()),
        'the summary does not say where the comparison and the benefit come from',
      )
      await page.emulateMedia({ media: 'print' })
      assert(
        !(await page.locator('.app').isVisible()) && (await sheet.isVisible()),
        'printing shows more than the summary',
      )
      await page.emulateMedia({ media: 'screen' })
      await page.getByRole('button', { name: 'Close' }).click()
      await page.close()
    },
  )

  await check(
    'student: predicts where runny cement leaks first, watches, and is told what the simulation did',
    async () => {
      const { page } = await open('?mode=student&visc=low&t=26')
      await page.getByRole('radio', { name: '2 times speed' }).click()
      await page.getByRole('button', { name: 'Play' }).click()
      const card = page.locator('.guide-card.check')
      await card
        .getByRole('heading', { name: 'Where will cement leave the bone first in this case?' })
        .waitFor({ timeout: 20_000 })
      assert((await state(page)).chapter === 'cement-injection', 'the question is not asked before the injection')
      assert(!(await axeProblems(page)).length, `axe, checkpoint: ${(await axeProblems(page)).join(' | ')}`)
      await card.getByRole('button', { name: 'into the veins' }).click()
      await card.getByText('You predicted: into the veins.').waitFor({ timeout: 30_000 })
      const text = await card.textContent()
      assert(
        /In this case the cement first left the bone (into|beside|along)/.test(text) &&
          /(Right|Not this time)\./.test(text),
        `feedback: ${text}`,
      )
      const s = await state(page)
      assert(
        s.chapter === 'cement-injection' && s.cement.leaks.length > 0,
        `the answer is not shown at the end of the injection: ${s.chapter}`,
      )
      await page.screenshot({ path: 'tests/e2e/screenshots/1024x768/student-checkpoint.png' })
      await page.close()
    },
  )

  await check('axe: no serious or critical violation in any mode', async () => {
    for (const q of [
      '?mode=patient',
      '?mode=patient&overlay=1&lang=es&t=30',
      '?mode=surgeon&overlay=1&t=40',
      '?mode=student&overlay=1&t=40',
    ]) {
      const { page } = await open(q)
      await page.waitForTimeout(500)
      const problems = await axeProblems(page)
      assert(!problems.length, `${q}: ${problems.join(' | ')}`)
      await page.close()
    }
  })
}
