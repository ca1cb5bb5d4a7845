// Case changes as a student makes them: the what-if panel's selects, the procedure and the audience
// buttons. A cycle of 20 changes ends where it began, so counts after whole cycles compare with the start.
// Shared by the end-to-end memory check (one cycle) and the bench (200 changes: heap, counts, long tasks).

/** The scene holds the current case (data-ready is "1"). */
export const ready = (page) =>
  page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 120_000 })

/** The case panel's select for a case key (leva gives each input the key as its id). */
const select = (page, key) => page.locator(`.case-panel select[id="${key}"]`)

async function pickIndex(page, key, index) {
  const s = select(page, key)
  await s.waitFor({ timeout: 30_000 })
  await s.selectOption({ index })
}
const radio = (page, name) => page.getByRole('radio', { name, exact: true }).first().click()

/** The 20 steps of a cycle; `from` holds the panel's starting index of each select. */
function cycle(from) {
  const other = (key) => (from[key] === 0 ? 1 : 0)
  return [
    ['level L2', (p) => select(p, 'level').selectOption('L2')],
    ['kyphoplasty', (p) => radio(p, 'Kyphoplasty')],
    ['grade', (p) => pickIndex(p, 'grade', other('grade'))],
    ['viscosity', (p) => pickIndex(p, 'visc', other('visc'))],
    ['level T12', (p) => select(p, 'level').selectOption('T12')],
    ['compare', (p) => radio(p, 'Compare')],
    ['morphology', (p) => pickIndex(p, 'morph', other('morph'))],
    ['surgeon', (p) => radio(p, 'Surgeon')],
    ['student', (p) => radio(p, 'Student')],
    ['approach', (p) => pickIndex(p, 'approach', other('approach'))],
    ['level L4', (p) => select(p, 'level').selectOption('L4')],
    ['vertebroplasty', (p) => radio(p, 'Vertebroplasty')],
    ['grade back', (p) => pickIndex(p, 'grade', from.grade)],
    ['viscosity back', (p) => pickIndex(p, 'visc', from.visc)],
    ['morphology back', (p) => pickIndex(p, 'morph', from.morph)],
    ['approach back', (p) => pickIndex(p, 'approach', from.approach)],
    ['patient', (p) => radio(p, 'Patient')],
    ['student again', (p) => radio(p, 'Student')],
    ['level T8', (p) => select(p, 'level').selectOption('T8')],
    ['level back', (p) => select(p, 'level').selectOption(from.level)],
  ]
}

/**
 * Makes `n` case changes (a multiple of 20 returns to the starting case) on a page that shows the student
 * view of vertebroplasty. Each change waits until the scene is ready again.
 */
export async function caseChanges(page, n) {
  const from = {}
  for (const key of ['grade', 'visc', 'morph', 'approach']) {
    await select(page, key).waitFor({ timeout: 30_000 })
    from[key] = await select(page, key).evaluate((s) => s.selectedIndex)
  }
  from.level = await select(page, 'level').inputValue()
  const steps = cycle(from)
  for (let i = 0; i < n; i++) {
    const [, act] = steps[i % steps.length]
    await act(page)
    await ready(page)
  }
}
