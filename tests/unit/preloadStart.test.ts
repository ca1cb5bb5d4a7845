import { describe, expect, it } from 'vitest'
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Rollup } from 'vite'
import { preloadStart } from '../../src/build/preloadStart'

// A bundle shaped like the app's: the entry imports boot dynamically; boot shares a chunk with the entry
const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], css: string[] = []) =>
  ({
    type: 'chunk',
    fileName,
    facadeModuleId,
    imports,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  }) as unknown as Rollup.OutputChunk
const bundle = {
  'assets/index.js': chunk('assets/index.js', '/app/src/main.tsx', ['assets/shared.js']),
  'assets/shared.js': chunk('assets/shared.js', null, []),
  'assets/boot.js': chunk(
    'assets/boot.js',
    '/app/src/app/boot.tsx',
    ['assets/shared.js', 'assets/react-dom.js'],
    ['assets/boot.css'],
  ),
  'assets/react-dom.js': chunk('assets/react-dom.js', null, ['assets/scheduler.js']),
  'assets/scheduler.js': chunk('assets/scheduler.js', null, []),
  'assets/later.js': chunk('assets/later.js', '/app/src/ui/CasePanel.tsx', ['assets/react-dom.js']),
} as unknown as Rollup.OutputBundle

function transform(html: string, b = bundle): HtmlTagDescriptor[] {
  const hook = preloadStart().transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => HtmlTagDescriptor[] | undefined
  }
  return hook.handler(html, { path: '/index.html', filename: 'index.html', bundle: b }) ?? []
}

describe('index.html asks for the start-up chunk at once', () => {
  const html =
    '<script type="module" src="/assets/index.js"></script><link rel="modulepreload" href="/assets/shared.js">'

  it('preloads boot and everything it imports, and its stylesheet, but not what loads later', () => {
    const tags = transform(html)
    const hrefs = (rel: string) => tags.filter((t) => t.attrs?.rel === rel).map((t) => t.attrs?.href)
    expect(hrefs('modulepreload')).toEqual(['/assets/boot.js', '/assets/react-dom.js', '/assets/scheduler.js'])
    expect(hrefs('stylesheet')).toEqual(['/assets/boot.css'])
    expect(tags.every((t) => t.injectTo === 'head')).toBe(true)
  })

  it('does not repeat a chunk the entry already preloads', () => {
    expect(transform(html).map((t) => t.attrs?.href)).not.toContain('/assets/shared.js')
  })

  it('fails the build when the start-up chunk is missing, rather than ship a slower page unnoticed', () => {
    const { 'assets/boot.js': _boot, ...rest } = bundle as Record<string, Rollup.OutputChunk>
    expect(() => transform(html, rest as unknown as Rollup.OutputBundle)).toThrow(/boot\.tsx/)
  })
})
