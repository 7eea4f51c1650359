import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium, which .ci/run installs: browser downloads are not reachable here.
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless Chromium (with a fresh profile of playwright's), quiet on a machine with no outside network. */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  if (!existsSync(EXECUTABLE)) throw new Error(`no Chromium at ${EXECUTABLE}: install Debian's chromium package (or set CHROMIUM_PATH)`);
  const browser = await chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, close: () => browser.close() };
}
