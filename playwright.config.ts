/**
 * Playwright runs the journeys in `e2e/` against the built app (`vite preview` of `dist/`)
 * in Debian's Chromium; no browser is ever downloaded. Build first: `npm run build`.
 *
 * Journeys save their screenshots in `test-results/` (ignored). `npm run screenshots` builds,
 * then runs only the journeys tagged `@screenshot` with `QRNN_SCREENSHOTS=1`, which makes them
 * write the README's images into `e2e/screenshots/` instead (see `e2e/fixtures.ts`).
 */
import { defineConfig } from '@playwright/test';

/** The preview server's port; set E2E_PORT to run two checkouts' journeys side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
  },
});
