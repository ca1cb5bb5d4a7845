// End-to-end checks of the mode switch and the scrubber's keys, as a user would drive them. Called by
// run.mjs with its harness.
export async function modeChecks({ open, check, assert, state }) {
  await check(
    'the mode switch changes the tools: surgeon case panel, student what-if panel and labels, patient neither',
    async () => {
      const { page } = await open('?t=40')
      const modes = page.getByRole('radiogroup', { name: 'Who is watching' })
      assert(
        (await modes.getByRole('radio', { name: 'Surgeon' }).getAttribute('aria-checked')) === 'true',
        'surgeon is not the default',
      )
      assert(await page.getByRole('button', { name: /^Case/ }).count(), 'no case panel for the surgeon')
      await modes.getByRole('radio', { name: 'Student' }).click()
      await page.locator('.case-panel').waitFor({ timeout: 20_000 })
      assert(
        (await page.getByRole('button', { name: 'Labels' }).getAttribute('aria-pressed')) === 'true',
        'labels are not on for a student',
      )
      await page.waitForFunction(() => /mode=student/.test(location.search), null, { timeout: 5000 })
      await modes.getByRole('radio', { name: 'Patient' }).click()
      assert(
        !(await page.locator('.case-panel').count()) && !(await page.getByRole('button', { name: /^Case/ }).count()),
        'a patient sees a case panel',
      )
      assert(!(await page.getByRole('button', { name: 'Labels' }).count()), 'a patient sees the labels toggle')
      assert((await state(page)).t > 39, 'switching modes lost the place in the story')
      await page.close()
    },
  )

  await check(
    'the scrubber keys: N and P change chapter, J and L move 5 s, period steps and pauses, repeat keeps to the step',
    async () => {
      const { page } = await open('?t=20')
      const t0 = (await state(page)).t
      await page.keyboard.press('l')
      assert(Math.abs((await state(page)).t - (t0 + 5)) < 0.05, 'L did not move 5 s')
      await page.keyboard.press('j')
      await page.keyboard.press('j')
      assert(Math.abs((await state(page)).t - (t0 - 5)) < 0.05, 'J did not move back 5 s')
      const ch = (await state(page)).chapter
      await page.keyboard.press('n')
      const next = await state(page)
      assert(next.chapter !== ch, 'N did not go to the next chapter')
      await page.keyboard.press('p')
      assert((await state(page)).chapter === ch, 'P at the start of a chapter did not go back to the one before')
      await page.keyboard.press('k')
      await page.keyboard.press('.')
      const stepped = await state(page)
      assert(
        !(await page.evaluate(() => document.querySelector('.play')?.getAttribute('aria-label') === 'Pause')),
        'period did not pause',
      )
      // repeat the step: play at 2x from near its end, and time stays inside the chapter
      await page.getByRole('button', { name: 'Repeat step' }).click()
      await page.getByRole('radio', { name: '2 times speed' }).click()
      const chapter = stepped.chapter
      await page.evaluate(() => window.__spineviz.play())
      await page.waitForTimeout(4000)
      const s = await state(page)
      assert(s.chapter === chapter, `repeat left the step: ${chapter} -> ${s.chapter}`)
      const slider = page.getByRole('slider', { name: 'Procedure timeline' })
      assert(/of \d+:\d\d/.test(await slider.getAttribute('aria-valuetext')), 'the slider does not name the time')
      await page.close()
    },
  )
}
