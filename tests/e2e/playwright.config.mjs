// Playwright Test for the end-to-end suite (npm run test:e2e, after a build). The system Chromium with software
// WebGL; one worker, as the frames are drawn on the CPU and two would measure each other; a retry on CI, where
// the machine is shared; traces of failures in tests/e2e/results, an HTML report in tests/e2e/report.
import { defineConfig } from '@playwright/test'
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs'

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 180_000,
  outputDir: './results',
  reporter: [['list'], ['html', { outputFolder: './report', open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
})
