/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { precache } from './src/pwa/precache'
import { preloadStart } from './src/build/preloadStart'
// @ts-expect-error plain ESM helper shared with the e2e runner
import { findChromium, CHROMIUM_ARGS } from './tests/chromium.mjs'

/** Chromium for the browser project; without one, unit tests still run and the browser project says why. */
function chromiumPath(): string {
  try {
    return findChromium()
  } catch (e) {
    console.error(String((e as Error).message))
    return '/no-chromium-found'
  }
}

const browserProject = () => ({
  plugins: [react()],
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.tsx'],
    testTimeout: 120_000,
    browser: {
      enabled: true,
      headless: true,
      viewport: { width: 1024, height: 768 },
      screenshotFailures: false,
      provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' as const }],
    },
  },
})

export default defineConfig({
  plugins: [react(), preloadStart(), precache()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1400, // three + R3F + drei in one chunk is ~1.2 MB raw, ~330 KB gzip: within the 400 KB budget
  },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      ...(process.env.SKIP_BROWSER_PROJECT ? [] : [browserProject()]),
    ],
  },
})
