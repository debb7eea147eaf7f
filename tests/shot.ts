import { startSiteSession } from './helpers/site-session.ts';
import { DISPLAY_MODES } from '../scripts/lib/display-modes.ts';
const s = await startSiteSession('/work/main/dist');
const [path, mode, ...offsets] = process.argv.slice(2);
const page = await s.open(path!, { viewport: { width: Number(process.env.W ?? 390), height: 844 } });
await DISPLAY_MODES.find((m) => m.slug === mode)!.apply(page);
await page.waitForTimeout(300);
for (const y of offsets.length ? offsets : ['0']) {
  await page.evaluate((top) => window.scrollTo(0, Number(top)), y);
  await page.screenshot({ path: `/tmp/v-${y}.png` });
}
await s.close();
