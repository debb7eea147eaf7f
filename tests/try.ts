import { startSiteSession } from './helpers/site-session.ts';
import { searchResults } from './helpers/search-page.ts';
const s = await startSiteSession(process.argv[2] ?? '/work/main/dist');
for (const q of ['大整合共治', '段简', '大整合共享', '最后一公里', '党建+创城', '', '“X”', '网格 党建']) {
  const page = await s.open('/search/?q=' + encodeURIComponent(q));
  const r = await searchResults(page);
  const status = await page.locator('[data-search-status]').innerText();
  const first = await page.locator('[data-search-results] > li').first().innerText().catch(() => '');
  console.log(`[${q}]`, status, '|', r.length, r.slice(0, 3).join(' '), '\n   ', first.replace(/\n/g, ' / ').slice(0, 160));
  await page.context().close();
}
await s.close();
