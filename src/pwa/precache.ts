// Vite plugin: writes sw.js (from serviceWorker.js) listing every file of the build, public files included,
// and a version that changes when any of them does, so a new build replaces the old cache in one step.
import fs from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

export function precache(): Plugin {
  let publicDir = ''
  return {
    name: 'spineviz-precache',
    apply: 'build',
    enforce: 'post', // after index.html and the workers' scripts are in the bundle
    configResolved(config) {
      publicDir = config.publicDir
    },
    generateBundle(_, bundle) {
      const hash = createHash('sha256')
      const built = Object.values(bundle).map((out) => {
        hash.update(out.fileName).update(out.type === 'chunk' ? out.code : out.source)
        return out.fileName
      })
      const pub =
        publicDir && fs.existsSync(publicDir)
          ? fs.readdirSync(publicDir).filter((f) => fs.statSync(path.join(publicDir, f)).isFile())
          : []
      for (const f of pub) hash.update(f).update(fs.readFileSync(path.join(publicDir, f)))
      const files = [...new Set([...built, ...pub])].filter((f) => !f.endsWith('.map')).sort()
      const source = fs
        .readFileSync(new URL('./serviceWorker.js', import.meta.url), 'utf8')
        .replace('__SPINEVIZ_VERSION__', hash.digest('hex').slice(0, 16))
        .replace('__SPINEVIZ_FILES__', JSON.stringify(files))
      // the markers are replaced once each: a comment naming one would take its place and leave the code without it
      if (/__SPINEVIZ_/.test(source) || !source.includes('const FILES = ["'))
        throw new Error('precache: sw.js must name each marker once, in its code')
      this.emitFile({ type: 'asset', fileName: 'sw.js', source })
    },
  }
}
