import type { Page } from 'playwright-core';

/** Waits until the search page has answered, then loads every result batch and returns the result paths. */
export async function searchResults(page: Page): Promise<string[]> {
  await page.locator('[data-search-results][aria-busy="false"]').waitFor({ state: 'attached' });
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-results] > li').count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-results] > li').length > n,
      before,
    );
  }
  const hrefs = await page
    .locator('[data-search-results] > li > a')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
  return hrefs;
}

/** The number the status line reports. */
export async function reportedCount(page: Page): Promise<number> {
  const text = (await page.locator('[data-search-status]').textContent()) ?? '';
  return Number(/共 (\d+) 个/.exec(text)?.[1] ?? 0);
}
