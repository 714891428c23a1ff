import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser downloads are not available on our machines.
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  // Files run side by side, one worker per core (at most four: each worker drives its own Chromium
  // against the one preview server); tests inside a file keep their order unless the file opts in.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? Math.min(4, availableParallelism())),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  // Serves the site built by `npm run build` (the test script builds first).
  webServer: {
    // --ignore-lock: Playwright owns this server's life. Astro 7 otherwise refuses to start while
    // its lock file (.astro/preview.json) names a live process, which a server stopped without
    // cleaning up leaves behind for whatever process reuses its id.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Locally, a second test run (or a server left running) serves the same dist/; CI always starts its own.
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
