// Vite plugin: index.html asks for the start-up chunk (src/app/boot.tsx: React, three, the scene) and its
// stylesheet at once, beside the entry. The entry imports it dynamically so that the workers start before
// its megabyte is evaluated, but without these hints the browser would not even fetch it until the entry
// had run: 100-200 ms on the first frame's path, during which the page's own thread sat idle.
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite'

type OutputChunk = Rollup.OutputChunk

export function preloadStart(entry = '/src/app/boot.tsx'): Plugin {
  return {
    name: 'spineviz-preload-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return
        const start = chunks(bundle).find((c) => c.facadeModuleId?.endsWith(entry))
        if (!start) throw new Error(`preloadStart: no chunk for ${entry}`)
        const scripts = new Set<string>(),
          styles = new Set<string>()
        const visit = (c: OutputChunk) => {
          if (scripts.has(c.fileName)) return
          scripts.add(c.fileName)
          for (const css of c.viteMetadata?.importedCss ?? []) styles.add(css)
          for (const f of c.imports) {
            const dep = bundle[f]
            if (dep?.type === 'chunk') visit(dep)
          }
        }
        visit(start)
        const fresh = (f: string) => !html.includes(`/${f}"`)
        return [
          ...[...styles].filter(fresh).map((f): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `/${f}` },
            injectTo: 'head',
          })),
          ...[...scripts].filter(fresh).map((f): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` },
            injectTo: 'head',
          })),
        ]
      },
    },
  }
}

const chunks = (bundle: Rollup.OutputBundle) =>
  Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
