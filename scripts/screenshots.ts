// npm run screenshots: phone (390×844) and desktop (1280×800) screenshots of every page
// type in every display mode, from the built site in dist/, into screenshots/ for review.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { serveStatic } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';
import { DISPLAY_MODES } from './lib/display-modes.ts';

const dist = resolve('dist');
const out = resolve('screenshots');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('找不到构建结果 dist/。请先运行 npm run build。');
  process.exit(1);
}

/** The first entry page of a collection in the build. */
const first = (collection: string) => {
  const id = readdirSync(join(dist, collection))
    .filter((name) => !/^\d+$/.test(name) && existsSync(join(dist, collection, name, 'index.html')))
    .sort()[0];
  return `/${collection}/${id}/`;
};

const PAGES = [
  ['home', '/'],
  ['list', '/cases/'],
  ['speech', first('speeches')],
  ['case', first('cases')],
  ['concept', first('concepts')],
  ['site', first('sites')],
  ['search', `/search/?q=${encodeURIComponent('网格化服务中心')}`],
  ['not-found', '/404.html'],
] as const;
const VIEWPORTS = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const;

const hasCjkFont = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
})();
if (!hasCjkFont)
  console.warn(
    '提醒：本机没有中文字体，截图里的汉字会显示成方框。Debian 上可安装：sudo apt-get install fonts-noto-cjk',
  );

mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const mode of DISPLAY_MODES) {
    for (const [device, viewport] of VIEWPORTS) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      for (const [type, path] of PAGES) {
        const page = await context.newPage();
        await page.goto(server.url + path);
        await mode.apply(page);
        await page.waitForLoadState('networkidle');
        const file = join(out, `${type}-${device}-${mode.slug}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
