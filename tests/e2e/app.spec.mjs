// The end-to-end suite: the built app served on loopback and driven in Chromium the way a new user would, each
// check a named test. Run with `npm run test:e2e` (after `npm run build`); `-- --grep <words>` runs some.
import { checksOf, test } from './harness.mjs'
import { basicChecks } from './basics.mjs'
import { riskChecks } from './risk.mjs'
import { modeChecks } from './modes.mjs'
import { audienceChecks } from './audiences.mjs'
import { fluoroChecks } from './fluoro.mjs'
import { procedureChecks } from './procedure.mjs'
import { memoryChecks } from './memory.mjs'
import { resilienceChecks } from './resilience.mjs'
import { canvasChecks } from './canvases.mjs'
import { offlineChecks } from './offline.mjs'
import { sceneChecks } from './scene.mjs'
import { bundleChecks } from './bundle.mjs'
import { soakChecks } from './soak.mjs'

const h = checksOf()
// a module registers its checks as it runs (some await between them), so each is run first to collect them, and
// they are declared as tests in one go, in the order written
async function collect(checks, extra = {}) {
  const list = []
  await checks(
    Object.assign(Object.create(h), extra, {
      check: (name, fn, options) => {
        list.push({ name, fn, options })
      },
    }),
  )
  return list
}
const groups = [
  ['first use', await collect(basicChecks)],
  ['leak risk', await collect(riskChecks)],
  ['modes and keys', await collect(modeChecks)],
  ['each audience', await collect(audienceChecks)],
  ['X-ray views', await collect(fluoroChecks)],
  ['the procedure', await collect(procedureChecks)],
  ['memory', await collect(memoryChecks)],
  ['resilience', await collect(resilienceChecks)],
  ['one house per canvas', await collect(canvasChecks)],
  ['offline', await collect(offlineChecks)],
  ['scene tools', await collect(sceneChecks)],
  ['start-up', await collect(bundleChecks)],
  // the soak last: about 15 minutes
  [
    'soak',
    await collect(soakChecks, {
      figures: {},
      changes: Number(process.env.SOAK_CHANGES) || 200,
      playbacks: Number(process.env.SOAK_PLAYBACKS) || 20,
    }),
  ],
]
for (const [title, list] of groups)
  test.describe(title, () => {
    for (const c of list) h.check(c.name, c.fn, c.options)
  })
