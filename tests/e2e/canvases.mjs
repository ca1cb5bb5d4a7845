// End-to-end checks that each canvas keeps its own resources: two procedures side by side play without
// re-uploading each other's cement textures, and each pane's labels sit on its own objects. Registered by app.spec.mjs.

// counts the WebGL calls that upload or delete textures, in every context of the page
const COUNT_TEXTURES = () => {
  window.__tex = { uploads: 0, deletes: 0 }
  const proto = WebGL2RenderingContext.prototype
  for (const name of ['texImage3D', 'texStorage3D', 'texSubImage3D', 'texImage2D', 'texStorage2D']) {
    const fn = proto[name]
    proto[name] = function (...a) {
      window.__tex.uploads++
      return fn.apply(this, a)
    }
  }
  const del = proto.deleteTexture
  proto.deleteTexture = function (t) {
    window.__tex.deletes++
    return del.call(this, t)
  }
}

import { COUNT_COMMITS, commitsWhilePlaying } from './reactCommits.mjs'

export async function canvasChecks({ open, check, assert, state }) {
  await check(
    'playing within a step makes no React commit per frame (only the step changes and user actions commit)',
    async () => {
      const { page } = await open('?proc=kp&mode=student', undefined, COUNT_COMMITS)
      const plan = await page.evaluate(() => window.__spineviz.state())
      // well inside the cavity fill and the needle placement: the readout, the scrubber and the labels move
      const within = []
      for (const t of [52, 23]) within.push({ t, ...(await commitsWhilePlaying(page, t, 4)) })
      console.log(
        `       ${within.map((w) => `from t=${w.t}: ${w.commits} commits in ${w.commitFrames} of ${w.frames} frames`).join('; ')}`,
      )
      for (const w of within) {
        assert(w.played > 1.5, `from t=${w.t}: only ${w.played.toFixed(2)} s played`)
        // the play button's own change is one commit; nothing else changes at a step's pace in these 4 s
        assert(
          w.frames >= 6 && w.commitFrames <= 2,
          `from t=${w.t}: React committed in ${w.commitFrames} of ${w.frames} frames in 4 s of playback (${plan.procedure})`,
        )
      }
      await page.close()
    },
  )

  await check(
    '3 s of compare playback upload and delete no texture (each canvas keeps its own cement field)',
    async () => {
      const counts = {}
      for (const proc of ['kp', 'compare']) {
        const { page } = await open(`?proc=${proc}&t=55`, undefined, COUNT_TEXTURES)
        await page.waitForTimeout(500)
        await page.evaluate(() => {
          window.__tex.uploads = 0
          window.__tex.deletes = 0
          window.__spineviz.play()
        })
        const t0 = (await state(page)).t
        await page.waitForTimeout(3000)
        const t1 = (await state(page)).t
        counts[proc] = await page.evaluate(() => {
          window.__spineviz.pause()
          return { ...window.__tex }
        })
        assert(t1 - t0 > 1.5, `${proc}: only ${(t1 - t0).toFixed(2)} s played in 3 s`)
        await page.close()
      }
      for (const [proc, c] of Object.entries(counts))
        assert(
          c.uploads === 0 && c.deletes === 0,
          `${proc}: ${c.uploads} texture uploads and ${c.deletes} deletes in 3 s of playback`,
        )
    },
  )

  await check(
    "side by side, each pane's labels sit on its own objects: the level above stands higher where the balloon raised the body",
    async () => {
      // the result: kyphoplasty has won back some of the height, vertebroplasty not (the same case, the same camera)
      const { page } = await open('?proc=compare&mode=student&t=76')
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('.pane')].filter((p) =>
            [...p.querySelectorAll('.label-tag')].some(
              (e) => e.style.visibility === 'visible' && e.textContent === 'T12',
            ),
          ).length === 2,
        null,
        { timeout: 20_000 },
      )
      const panes = await page.locator('.pane').evaluateAll((ps) =>
        ps.map((p) => {
          const c = p.querySelector('canvas').getBoundingClientRect()
          const tags = [...p.querySelectorAll('.label-tag')]
            .filter((e) => e.style.visibility === 'visible')
            .map((e) => {
              const r = e.getBoundingClientRect()
              return { t: e.textContent, x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 }
            })
          return { box: { x0: c.left, x1: c.right, y0: c.top, y1: c.bottom }, tags }
        }),
      )
      // a label's height in its own pane: the panes are the same size and seen from the same place
      const above = panes.map((p) => p.tags.find((l) => l.t === 'T12').y - p.box.y0)
      const [vp, kp] = above
      assert(
        kp < vp - 3,
        `T12 at ${vp.toFixed(0)} px in vertebroplasty's pane and ${kp.toFixed(0)} in kyphoplasty's: not each on its own vertebra`,
      )
      for (const [i, p] of panes.entries()) {
        assert(
          p.tags.some((l) => /vertebral body \(treated\)/.test(l.t)),
          `pane ${i}: the treated body is not labelled (${p.tags.map((l) => l.t).join(', ')})`,
        )
        for (const l of p.tags)
          assert(
            l.x >= p.box.x0 && l.x <= p.box.x1 && l.y >= p.box.y0 && l.y <= p.box.y1,
            `pane ${i}: the label ${l.t} lies outside its pane`,
          )
      }
      await page.close()
    },
  )
}
