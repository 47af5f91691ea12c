// Headless Chromium (Debian's package) driven by playwright-core, for the checks that need a real browser.
// Never downloads a browser: the executable is /usr/bin/chromium or $CHROMIUM, and it reaches no network.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

/** Runs `use` with a browser context of its own, and closes it and removes its profile afterwards. */
export async function withBrowser(use) {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is missing at ${executablePath}: install it with '.ci/lib/ensure-apt chromium chromium' (Debian's chromium), or set CHROMIUM.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'timelines-chromium-'));
  // A fresh profile each time (playwright passes it as --user-data-dir).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  try {
    return await use(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
