// End-to-end checks of the leak-risk overlay at the portrait tablet size, as a patient and as a surgeon
// would use it. Registered by app.spec.mjs.
import path from 'node:path'

const PORTRAIT = { width: 768, height: 1024 }

export async function riskChecks({ open, check, assert, state, frame, SHOTS }) {
  const endOfInjection = async (page) => {
    const t = await page.evaluate(() => {
      const h = window.__spineviz,
        d = h.state().duration
      for (let i = 0; i <= 400; i++) {
        const tt = (d * i) / 400
        h.seek(tt)
        if (h.state().chapter === 'hardening') return tt
      }
      return d
    })
    await frame(page)
    return t
  }

  await check(
    'a patient reads the leak risk at 768x1024: natural frequencies, 100 icons, big words, a tap explains',
    async () => {
      const { page } = await open('?mode=patient&overlay=1', PORTRAIT)
      await endOfInjection(page)
      const panel = page.getByRole('complementary', { name: 'Where cement can leak' })
      await panel.waitFor()
      const text = await panel.innerText()
      assert(/about 41 in 100 treated bones/.test(text), `lead: ${text.slice(0, 200)}`)
      // every pathway has its tag on the vertebra from the start (the first one once opened blank), none covering another
      const tags = await page.locator('.risk-tag').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect()
          return { text: e.innerText, x: r.left, y: r.top, r: r.right, b: r.bottom }
        }),
      )
      assert(
        tags.length === 5 && tags.every((t) => /in 100/.test(t.text)),
        `tags: ${tags.map((t) => t.text).join(' | ')}`,
      )
      const cover = tags.flatMap((a, i) =>
        tags
          .slice(i + 1)
          .filter((b) => a.x < b.r && b.x < a.r && a.y < b.b && b.y < a.b)
          .map((b) => `${a.text} / ${b.text}`),
      )
      assert(!cover.length, `tags overlap: ${cover.join(', ')}`)
      assert(
        /fewer than 1 in 100 people get symptoms/.test(text) && /Your doctor knows your case/.test(text),
        'symptoms or doctor line missing',
      )
      // one denominator on the screen: no "in 10" beside the "in 100"s
      assert(!/\d in 10\b/.test(text), `more than one denominator: ${text.slice(0, 300)}`)
      assert(
        !/Hsieh|OR \d/.test(text.split('Sources')[0]),
        'a patient should not meet study names and odds ratios before the sources',
      )
      // the icon array: 100 people, 41 with cement outside (X-ray), none of them with symptoms (fewer than 1 in 100)
      const icons = await panel
        .locator('figure.icon-array > svg path')
        .evaluateAll((els) => els.map((e) => e.getAttribute('class')))
      const count = (k) => icons.filter((c) => c === k).length
      assert(
        icons.length === 100 && count('symptomatic') === 0 && count('silent') === 41,
        `icons: ${icons.length}, ${count('symptomatic')}, ${count('silent')}`,
      )
      assert(
        /41 with some cement outside/.test(await panel.getByRole('img').getAttribute('aria-label')),
        'the icon array has no text alternative',
      )
      // readable: the lead is large and the panel has room on the screen
      const lead = await panel.locator('.lead').evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
      const small = await panel
        .locator('p, button, figcaption')
        .evaluateAll((els) => els.filter((e) => e.offsetParent && parseFloat(getComputedStyle(e).fontSize) < 16).length)
      const box = await panel.boundingBox()
      assert(
        lead >= 20 && small === 0 && box.height >= 0.35 * PORTRAIT.height,
        `lead ${lead}px, ${small} small texts, panel ${box.height}px tall`,
      )
      // a tap on the canal's tag on the vertebra explains it, there and in the list
      await page.getByRole('button', { name: /^Canal/ }).click()
      await frame(page)
      assert(
        /spinal cord and nerves/.test(await page.locator('.risk-tag.focused').innerText()),
        'the tag does not explain the canal',
      )
      const row = panel.getByRole('button', { name: /Into the spinal canal/ })
      assert((await row.getAttribute('aria-pressed')) === 'true', 'the list does not mark the tapped pathway')
      await page.screenshot({ path: path.join(SHOTS, '768x1024', 'risk-patient.png') })
      await page.close()
    },
  )

  await check(
    'a surgeon compares both procedures at 768x1024 with sources, on X-ray and CT, and reads the factors',
    async () => {
      const { page } = await open('?overlay=1&approach=bi', PORTRAIT)
      await endOfInjection(page)
      const panel = page.getByRole('complementary', { name: 'Where cement can leak' })
      const table = panel.getByRole('table')
      await table.waitFor()
      const row = async (name) =>
        (await table.getByRole('row', { name: new RegExp(`^${name}`) }).innerText()).split('\t').map((s) => s.trim())
      let any = await row('Any leak')
      // one baseline (Hulme 2006) and the head-to-head ratio, not two separately pooled rates
      assert(
        any[1].startsWith('41%') &&
          any[2].startsWith('25%') &&
          /Hulme 2006/.test(any[3]) &&
          /J Orthop Surg Res 2018/.test(any[3]),
        `any leak row: ${any}`,
      )
      const disc = await row('Into the disc')
      assert(/Hsieh 2019/.test(disc[3]) && /Wang 2014/.test(disc[3]), `disc sources: ${disc}`)
      await panel.getByRole('radio', { name: 'CT' }).click()
      any = await row('Any leak')
      // Martin 2012's 82 % of patients, as 67 % per treated vertebra (derived)
      assert(any[1].startsWith('67%') && /derived from Martin 2012/.test(any[3]), `CT any leak: ${any}`)
      await page.screenshot({ path: path.join(SHOTS, '768x1024', 'risk-surgeon.png') })
      await panel.getByRole('radio', { name: 'X-ray' }).click()
      await panel.getByRole('tab', { name: 'Factors' }).click()
      const factors = panel.getByRole('table')
      const cells = async (name) =>
        (await factors.getByRole('row', { name }).innerText()).split('\t').map((x) => x.trim())
      // a cracked endplate sends its extra leaks into the disc and no second odds ratio anywhere else
      const crack = await cells(/^Endplate cracked/)
      assert(
        crack.length === 8 && Number(crack[2].replace('×', '')) > 2 && crack.slice(3, 7).every((x) => x === '1×'),
        `endplate row: ${crack}`,
      )
      const later = await cells(/^Injected 3 min later/)
      assert(
        later.slice(1).every((x) => x === '1×'),
        `mixing time row: ${later}`,
      )
      const words = await panel.innerText()
      assert(
        /describe groups of people/.test(words) && /mixing time and the injection rate/.test(words),
        'no population-figures disclaimer, or no word on what the figures leave out',
      )
      const s = await state(page)
      assert(Math.abs(s.risk.anyLeak - 0.41) < 0.005, 'the contract still reports X-ray figures') // the CT view is a view, not the state
      await page.close()
    },
  )
}
