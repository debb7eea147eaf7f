import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { request } from 'node:http';
import { cp, mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { ROOT, TMP } from '../helpers/paths.ts';
import { freePort, startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { searchResults } from '../helpers/search-page.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { packageSite, siteFolder } from '../../scripts/lib/deploy/package-site.ts';
import { parseSiteAddress } from '../../src/lib/site-address.ts';

const BASE = '/zhishiku/';
const CASE = `${BASE}cases/wanggehua-fuwu-zhongxin-dangjian-xinxihua/`;

let nginx: RunningNginx;
/** The site as the administrator unpacked it from the deployment archive. */
let dist: string;
let unpacked: string;
let browser: Browser;
beforeAll(async () => {
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}${BASE}`;
  const site = await fixtureSite('nginx', join(ROOT, 'content'));
  const result = await site.build({ SITE_URL: siteUrl });
  if (result.exitCode !== 0) throw new Error(result.output);
  // Carried in as `npm run package` writes it, unpacked as its 部署说明 says.
  const dir = await mkdtemp(join(TMP, 'nginx-'));
  const archive = join(dir, 'site.tar.gz');
  await packageSite(site.dist, parseSiteAddress(siteUrl), archive);
  unpacked = join(dir, 'package');
  await mkdir(unpacked);
  execFileSync('tar', ['-xzf', archive, '-C', unpacked]);
  const webRoot = join(dir, 'www');
  await mkdir(webRoot);
  await cp(join(unpacked, siteFolder(BASE)), join(webRoot, siteFolder(BASE)), { recursive: true });
  dist = join(webRoot, siteFolder(BASE));
  nginx = await startNginx(webRoot, BASE, port, dir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

/** A GET as a client sends it, with the raw bytes the server sent (fetch would decode them). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${nginx.url}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers as Record<string, string>,
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const fileOf = (path: string) =>
  join(dist, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : '');

describe('the deployment archive (npm run package)', () => {
  test('holds the site in a folder named after its sub-path, its nginx block and the deployment note', async () => {
    expect((await readdir(unpacked)).sort()).toEqual(['nginx.conf', 'zhishiku', '部署说明.txt']);
    const note = await readFile(join(unpacked, '部署说明.txt'), 'utf8');
    expect(note).toContain(`tar -xzf site.tar.gz`);
    expect(note).toContain(`网站文件就在 /var/www/zhishiku/ 下`);
    expect(await readFile(join(unpacked, 'nginx.conf'), 'utf8')).toContain(`location ${BASE} {`);
  });
});

describe('the site served by Debian nginx with the README configuration, under a sub-path', () => {
  test('serves pages, and sends a folder without its slash to the folder by a relative redirect', async () => {
    expect((await get(BASE)).status).toBe(200);
    expect((await get(CASE)).status).toBe(200);
    const redirect = await get(CASE.replace(/\/$/, ''));
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(CASE);
  });

  test.each([
    ['br', 'br'],
    ['gzip', 'gz'],
  ])(
    'sends the precompressed %s file as it is, and names the encoding',
    async (encoding, extension) => {
      const response = await get(CASE, { 'accept-encoding': encoding });
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers.vary).toMatch(/Accept-Encoding/i);
      expect(response.body.equals(await readFile(`${fileOf(CASE)}.${extension}`))).toBe(true);
    },
  );

  test('sends the plain file to a client that accepts no compression', async () => {
    const response = await get(CASE);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.equals(await readFile(fileOf(CASE)))).toBe(true);
  });

  test('caches hashed files for a year and has the browser revalidate pages and search entry files', async () => {
    const stylesheet = (await readdir(join(dist, '_astro'))).find((name) => name.endsWith('.css'));
    const fragment = (await readdir(join(dist, 'pagefind', 'fragment')))[0];
    const immutable = 'public, max-age=31536000, immutable';
    expect((await get(`${BASE}_astro/${stylesheet}`)).headers['cache-control']).toBe(immutable);
    expect((await get(`${BASE}pagefind/fragment/${fragment}`)).headers['cache-control']).toBe(
      immutable,
    );
    for (const path of [
      CASE,
      BASE,
      `${BASE}pagefind/pagefind.js`,
      `${BASE}pagefind/pagefind-entry.json`,
    ])
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
  });

  test('sends the security headers on every kind of response: pages, hashed files, index chunks, redirects and 404s', async () => {
    const stylesheet = (await readdir(join(dist, '_astro'))).find((name) => name.endsWith('.css'));
    const fragment = (await readdir(join(dist, 'pagefind', 'fragment')))[0];
    for (const path of [
      CASE,
      BASE,
      `${BASE}_astro/${stylesheet}`,
      `${BASE}pagefind/fragment/${fragment}`,
      `${BASE}pagefind/pagefind.js`,
      CASE.replace(/\/$/, ''),
      `${BASE}cases/no-such-case/`,
    ]) {
      const { headers } = await get(path);
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['content-security-policy'], path).toBe(
        "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
      );
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('same-origin');
      expect(headers['permissions-policy'], path).toMatch(/^camera=\(\)|(^|, )camera=\(\)/);
      // No version for a scanner to match against known flaws.
      expect(headers.server, path).toBe('nginx');
    }
  });

  test('refuses to be shown in a frame of another page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(`<iframe src="${nginx.url}${CASE}"></iframe>`);
    const frame = page.frames()[1]!;
    await expect.poll(async () => frame.url()).not.toBe('about:blank');
    // The browser shows its own error page in the frame, never the site's.
    expect(frame.url()).toMatch(/^chrome-error:/);
    expect(await frame.locator('[data-pack-count]').count()).toBe(0);
    await context.close();
  });

  test("answers an unknown address with status 404 and the site's own 404 page", async () => {
    const response = await get(`${BASE}cases/no-such-case/`);
    expect(response.status).toBe(404);
    expect(response.body.toString()).toBe(await readFile(join(dist, '404.html'), 'utf8'));
  });

  test('search works in the browser through nginx, every request answered and every text file sent in its precompressed form', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const failed: string[] = [];
    const uncompressed: string[] = [];
    const checked: Promise<void>[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      const path = new URL(response.url()).pathname;
      // This nginx compresses nothing itself: an encoding means a precompressed file was sent.
      const text = path.endsWith('/') || /\.(css|js|json)$/.test(path);
      // Kept, so every header is read before the page closes (a late read would fail the run).
      checked.push(
        response.headerValue('content-encoding').then((encoding) => {
          if (text && encoding !== 'br' && encoding !== 'gzip')
            uncompressed.push(`${path} ${encoding}`);
        }),
      );
    });
    await page.goto(`${nginx.url}${BASE}search/?q=${encodeURIComponent('网格化服务中心')}`);
    const results = await searchResults(page);
    expect(results, JSON.stringify(results)).toContain(CASE);
    await page.locator(`[data-search-results] a[href^="${CASE}"]`).first().click();
    await page.waitForURL(`**${CASE}**`);
    await page.waitForLoadState('networkidle');
    await Promise.all(checked);
    expect(failed).toEqual([]);
    expect(uncompressed).toEqual([]);
    await context.close();
  });
});
