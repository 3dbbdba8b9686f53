// Accessibility checks shared by the browser tests.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's WCAG 2.2 AA violations on the page, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Once per page: a second run (another width) reuses it. Evaluated by the browser's debugger,
  // which the page's Content-Security-Policy does not govern (a <script> added to the page would be refused).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Only violations in full: passes are not collected node by node (axe runs in about half the time).
      resultTypes: ['violations'],
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** How far the page scrolls sideways, and the first elements that stick out. */
export async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`.slice(0, 80));
    return { scroll: doc.scrollWidth - doc.clientWidth, wide: wide.slice(0, 5) };
  });
}
