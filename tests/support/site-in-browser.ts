// One browser and one static server of dist/ per test file, started before its
// tests and closed after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { DIST } from './dist.ts';
import { serveDist } from '../../scripts/lib/static-server.ts';

export interface SiteInBrowser {
  browser: Browser;
  /** The server's origin, e.g. http://127.0.0.1:40123 */
  url: string;
}

/** Registers the hooks; the returned object is filled in before the first test runs. `dist`: another build's folder. */
export function useSiteInBrowser(dist = DIST): SiteInBrowser {
  const site = {} as SiteInBrowser;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await serveDist(dist);
    close = server.close;
    site.url = server.url;
    site.browser = await launchChromium(inject('chromium'));
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
