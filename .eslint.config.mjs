// ESLint over the whole tree (flat config; a dotfile, so `npm run lint` names it): the recommended JavaScript
// and typescript-eslint rules, React's rules of hooks, and the house's layering (DESIGN.md section 2).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const layer = (from, allowed) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: allowed.map((dir) => `**/${dir}/**`),
            message: `src/${from} may not import this layer (DESIGN.md section 2)`,
          },
        ],
      },
    ],
  },
})

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'src/vendor/',
      'models/meshes/',
      'tests/bench/out/',
      'tests/e2e/screenshots/',
      'tests/e2e/report/',
      'tests/e2e/results/',
      '.shots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/pwa/serviceWorker.js'],
    languageOptions: { globals: { ...globals.serviceworker, __SPINEVIZ_FILES__: 'readonly' } },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  // the layers: core imports only core; scene and ui import core and app, not each other; workers import core
  layer('core', ['app', 'scene', 'ui', 'workers', 'content']),
  layer('scene', ['ui', 'workers']),
  layer('ui', ['scene', 'workers']),
  layer('workers', ['app', 'scene', 'ui']),
)
