// Finds a Chromium for the browser tests, with nothing installed by hand:
// CHROME_PATH when set, else Debian's /usr/bin/chromium, else the headless
// Chromium shipped inside the npm package @sparticuz/chromium.
import { existsSync } from 'node:fs';
import { chromium as playwright, type Browser } from 'playwright-core';

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
}

/** Flags that keep Chromium off this machine's closed network. */
const QUIET = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];

export async function resolveChromium(): Promise<ChromiumLaunch> {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) return { executablePath: fromEnv, args: ['--no-sandbox', ...QUIET] };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', ...QUIET] };
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // Unpacks into /tmp on first use; call once (the Vitest global setup does).
  const executablePath = await sparticuz.executablePath();
  // --single-process (meant for AWS Lambda) ends the browser when a page closes.
  const args = sparticuz.args.filter((a: string) => a !== '--single-process');
  return { executablePath, args: [...args, ...QUIET] };
}

export async function launchChromium(launch?: ChromiumLaunch): Promise<Browser> {
  const found = launch ?? (process.env['KC_CHROMIUM'] ? (JSON.parse(process.env['KC_CHROMIUM']) as ChromiumLaunch) : await resolveChromium());
  return playwright.launch({ executablePath: found.executablePath, args: found.args, headless: true });
}
