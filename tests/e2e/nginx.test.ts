import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { request } from 'node:http';
import { connect } from 'node:net';
import { chmod, mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { ROOT, TMP } from '../helpers/paths.ts';
import { freePort, startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { searchResults } from '../helpers/search-page.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { packageSite } from '../../scripts/lib/deploy/package-site.ts';
import { CONTENT_POLICIES } from '../../scripts/lib/deploy/security-headers.ts';
import { parseSiteAddress } from '../../src/site/site-address.ts';

const BASE = '/zhishiku/';
const CASE = `${BASE}cases/wanggehua-fuwu-zhongxin-dangjian-xinxihua/`;
const TOP = 'jiceng-zhili-zhishiku-20261130';
const NOTE = '部署说明.txt';

let nginx: RunningNginx;
let port: number;
/** Where the package was carried to and unpacked, the note's /tmp. */
let scratch: string;
/** The shared web root, the note's /var/www, with another site's folder beside this one. */
let webRoot: string;
/** The site as the administrator put it in place, following the deployment note. */
let dist: string;
let siteFiles: number;
let browser: Browser;
/** The web root as it was before the archive was unpacked straight into it, and after. */
let shared: { before: string[]; after: string[]; modeBefore: number; modeAfter: number };

/** Every file under `dir`, however deep. */
async function filesUnder(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).length;
}

beforeAll(async () => {
  port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}${BASE}`;
  const site = await fixtureSite('nginx', join(ROOT, 'content'));
  const result = await site.build({ SITE_URL: siteUrl });
  if (result.exitCode !== 0) throw new Error(result.output);
  siteFiles = await filesUnder(site.dist);
  // As a builder with umask 077 leaves them: the archive must not carry these modes.
  await chmod(join(site.dist, 'index.html'), 0o600);
  await chmod(join(site.dist, '_astro'), 0o700);
  await chmod(site.dist, 0o700);
  scratch = await mkdtemp(join(TMP, 'nginx-'));
  const archive = join(scratch, `${TOP}.tar.gz`);
  await packageSite(site.dist, parseSiteAddress(siteUrl), archive, '2026-11-30 02:00');

  webRoot = join(scratch, 'www');
  await mkdir(join(webRoot, 'other'), { recursive: true });
  await writeFile(join(webRoot, 'other', 'index.html'), 'the other site\n');
  await chmod(webRoot, 0o755);
  // Unpacked straight into the shared web root, the way the old archive broke other sites.
  const before = (await readdir(webRoot)).sort();
  const modeBefore = (await stat(webRoot)).mode & 0o777;
  execFileSync('tar', ['-xzf', archive, '-C', webRoot]);
  shared = {
    before,
    after: (await readdir(webRoot)).sort(),
    modeBefore,
    modeAfter: (await stat(webRoot)).mode & 0o777,
  };

  // Then put in place as the deployment note says, with its /tmp and /var/www here.
  const note = await readFile(join(webRoot, TOP, NOTE), 'utf8');
  const commands = placementCommands(note).map((line) =>
    line.replace(/\/var\/www\b|\/tmp\b/g, (path) => (path === '/tmp' ? scratch : webRoot)),
  );
  execFileSync('sh', ['-e', '-c', commands.join('\n')]);
  dist = join(webRoot, 'zhishiku');
  // What a careless copy might leave among the site's files.
  await writeFile(join(dist, '.env'), 'SECRET=1\n');
  await writeFile(join(dist, '_astro', '.env'), 'SECRET=1\n');

  // The package's own nginx.conf, only its root moved to this web root; beside it the other site.
  const config = await readFile(join(scratch, TOP, 'nginx.conf'), 'utf8');
  expect(config.split('root /var/www;').length).toBe(2);
  const other = `server { listen 127.0.0.1:${port}; server_name other.test; root ${webRoot}/other; }`;
  nginx = await startNginx(
    `${config.replace('root /var/www;', `root ${webRoot};`)}\n${other}`,
    port,
    scratch,
  );
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

/** The shell lines of the note's first section (一、放置文件), indented by four spaces. */
function placementCommands(note: string): string[] {
  const section = note.split('\r\n').slice(
    note.split('\r\n').findIndex((line) => line.startsWith('一、')),
    note.split('\r\n').findIndex((line) => line.startsWith('二、')),
  );
  return section.filter((line) => line.startsWith('    ')).map((line) => line.trim());
}

interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

/** A request as a client sends it, with the raw bytes the server sent (fetch would decode them). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${nginx.url}${path}`, { headers, method }, (response) => {
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
  });
}

/** Bytes sent as they are, for a request no HTTP client would send; the answer's status and headers. */
function raw(bytes: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(Buffer.from(bytes, 'latin1')));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...body] = Buffer.concat(chunks).toString('latin1').split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers,
        body: Buffer.from(body.join('\r\n\r\n'), 'latin1'),
      });
    });
  });
}

const fileOf = (path: string) =>
  join(dist, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : '');

/** `tar -tzvf`'s lines, split into mode, owner, size and path. */
function listing(archive: string, numeric = false) {
  return execFileSync('tar', [...(numeric ? ['--numeric-owner'] : []), '-tzvf', archive])
    .toString()
    .trim()
    .split('\n')
    .map((line) => {
      const [mode, owner, size, , , ...path] = line.split(/\s+/);
      return { mode, owner, size, path: path.join(' ') };
    });
}

describe('the deployment archive (npm run package)', () => {
  test('unpacks to one folder named like the archive: the site, its nginx.conf and the note, folders 755 and files 644 owned by root', () => {
    const archive = join(scratch, `${TOP}.tar.gz`);
    const entries = listing(archive);
    expect(entries[0]!.path).toBe(`${TOP}/`);
    expect(entries.filter((entry) => !entry.path.startsWith(`${TOP}/`))).toEqual([]);
    for (const entry of entries) {
      expect(entry.mode, entry.path).toBe(entry.path.endsWith('/') ? 'drwxr-xr-x' : '-rw-r--r--');
      expect(entry.owner, entry.path).toBe('root/root');
    }
    expect(new Set(listing(archive, true).map((entry) => entry.owner))).toEqual(new Set(['0/0']));
    const files = entries.filter((entry) => !entry.path.endsWith('/')).map((entry) => entry.path);
    expect(files.length).toBe(siteFiles + 2);
    expect(files).toContain(`${TOP}/zhishiku/index.html`);
    expect(files).toContain(`${TOP}/nginx.conf`);
    expect(files).toContain(`${TOP}/${NOTE}`);
  });

  test('unpacked straight into a shared web root, adds its one folder and leaves the web root and the other site as they were', async () => {
    expect(shared.after).toEqual([...shared.before, TOP].sort());
    expect(shared.modeAfter).toBe(shared.modeBefore);
    expect((await stat(join(webRoot, 'other'))).mode & 0o777).toBe(0o755);
    // The other site still answers, and this site's server does not send the other's files.
    const other = await get('/', { host: 'other.test' });
    expect([other.status, other.body.toString()]).toEqual([200, 'the other site\n']);
    expect((await get('/other/index.html')).status).toBe(404);
    expect((await get(`/${TOP}/nginx.conf`)).status).toBe(404);
  });

  test('has a note that Notepad shows right (UTF-8 with a byte-order mark, CRLF line ends), with the address and port it was built for', async () => {
    const note = await readFile(join(scratch, TOP, NOTE));
    expect([...note.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = note.toString('utf8');
    expect(text.split('\n').length).toBeGreaterThan(20);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain(`网站地址（构建时的 SITE_URL）：http://127.0.0.1:${port}${BASE}`);
    expect(text).toContain(`监听 ${port} 端口`);
    expect(text).toContain(`cd /tmp && tar -xzf ${TOP}.tar.gz`);
    // nginx would choke on a byte-order mark; its file stays plain.
    expect((await readFile(join(scratch, TOP, 'nginx.conf'), 'utf8')).startsWith('#')).toBe(true);
  });
});

/** What every response carries, whatever it is. */
function expectSecurityHeaders(answer: Answer, label: string) {
  expect(answer.headers['x-frame-options'], label).toBe('DENY');
  expect(answer.headers['x-content-type-options'], label).toBe('nosniff');
  expect(answer.headers['referrer-policy'], label).toBe('same-origin');
  expect(answer.headers['permissions-policy'], label).toMatch(/(^|, )camera=\(\)/);
  // No version for a scanner to match against known flaws.
  expect(answer.headers.server, label).toBe('nginx');
}

describe('the site served by Debian nginx with the package’s own nginx.conf, on the port of SITE_URL, under a sub-path', () => {
  test('serves pages, and sends a folder without its slash to the folder by a relative redirect', async () => {
    expect((await get(BASE)).status).toBe(200);
    expect((await get(CASE)).status).toBe(200);
    const redirect = await get(CASE.replace(/\/$/, ''));
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(CASE);
  });

  test('sends the host root and the sub-path without its slash to the site', async () => {
    for (const path of ['/', BASE.replace(/\/$/, '')]) {
      const response = await get(path);
      expect([path, response.status, response.headers.location]).toEqual([
        path,
        path === '/' ? 302 : 301,
        BASE,
      ]);
    }
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

  test('sends the security headers and the content policy of its type on every kind of response, nginx’s own errors included', async () => {
    const stylesheet = (await readdir(join(dist, '_astro'))).find((name) => name.endsWith('.css'));
    const fragment = (await readdir(join(dist, 'pagefind', 'fragment')))[0];
    const { html, javascript, other } = CONTENT_POLICIES;
    const cases: Array<[label: string, answer: Promise<Answer>, status: number, policy: string]> = [
      ['page', get(CASE), 200, html],
      ['home page', get(BASE), 200, html],
      ['stylesheet', get(`${BASE}_astro/${stylesheet}`), 200, other],
      ['script', get(`${BASE}pagefind/pagefind.js`), 200, javascript],
      ['search worker', get(`${BASE}pagefind/pagefind-worker.js`), 200, javascript],
      ['SVG image', get(`${BASE}favicon.svg`), 200, other],
      ['JSON', get(`${BASE}pagefind/pagefind-entry.json`), 200, other],
      ['index chunk', get(`${BASE}pagefind/fragment/${fragment}`), 200, other],
      ['WebAssembly', get(`${BASE}pagefind/wasm.unknown.pagefind`), 200, other],
      ['301 folder without slash', get(CASE.replace(/\/$/, '')), 301, html],
      ['301 sub-path without slash', get(BASE.replace(/\/$/, '')), 301, html],
      ['302 host root', get('/'), 302, html],
      ['400 bad request line', raw('GET /\x01 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'), 400, html],
      ['403 folder without index', get(`${BASE}_astro/`), 403, html],
      ['404 unknown page', get(`${BASE}cases/no-such-case/`), 404, html],
      ['404 outside the site', get('/other/'), 404, html],
      ['404 dotfile', get(`${BASE}.env`), 404, html],
      ['404 dotfile among hashed files', get(`${BASE}_astro/.env`), 404, html],
      ['405 POST', get(BASE, {}, 'POST'), 405, html],
      ['414 address too long', get(`${BASE}${'a'.repeat(9000)}`), 414, html],
    ];
    for (const [label, answer, status, policy] of cases) {
      const response = await answer;
      expect(response.status, label).toBe(status);
      expectSecurityHeaders(response, label);
      expect(response.headers['content-security-policy'], label).toBe(policy);
    }
  });

  test("answers an unknown address and a dotfile with status 404 and the site's own 404 page", async () => {
    const notFound = await readFile(join(dist, '404.html'), 'utf8');
    for (const path of [
      `${BASE}cases/no-such-case/`,
      `${BASE}.env`,
      `${BASE}%2Eenv`,
      `${BASE}_astro/.env`,
    ]) {
      const response = await get(path);
      expect([path, response.status, response.body.toString()]).toEqual([path, 404, notFound]);
    }
  });

  test('answers a revalidation (304) without a content policy, so the browser keeps the page’s own', async () => {
    const first = await get(CASE);
    const again = await get(CASE, { 'if-modified-since': first.headers['last-modified']! });
    expect(again.status).toBe(304);
    expect(again.headers['content-security-policy']).toBeUndefined();
    expectSecurityHeaders(again, '304');
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

  test('runs no script of an SVG file opened directly, wherever in the site it slipped in', async () => {
    // Its script and its onload handler each mark the address: a mark means it ran.
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="location.replace(\'#onload\')">' +
      '<script>location.replace("#script")</script><rect width="10" height="10"/></svg>';
    const paths = [`${BASE}_astro/planted.svg`, `${BASE}qr/planted.svg`];
    for (const path of paths) await writeFile(fileOf(path), svg);
    const opened = async (path: string, withoutPolicy: boolean) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      // The control: the same response from nginx with only its Content-Security-Policy removed.
      if (withoutPolicy)
        await page.route(`${nginx.url}${path}`, async (route) => {
          const response = await route.fetch();
          const headers = { ...response.headers() };
          delete headers['content-security-policy'];
          await route.fulfill({ response, headers });
        });
      await page.goto(`${nginx.url}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(100);
      const url = page.url();
      await context.close();
      return url;
    };
    for (const path of paths) {
      expect(await opened(path, false)).toBe(`${nginx.url}${path}`);
      expect(await opened(path, true)).toMatch(/#(script|onload)$/);
    }
  });

  test('search works in the browser through nginx, in its worker, every request answered and every text file sent in its precompressed form; a revalidated page still runs', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const failed: string[] = [];
    const uncompressed: string[] = [];
    const warnings: string[] = [];
    const revalidated: string[] = [];
    let revalidating = false;
    const checked: Promise<void>[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    // Chrome reports a revalidated page as the 200 it had cached: what it asked tells.
    page.on('request', (request) =>
      checked.push(
        request.allHeaders().then((headers) => {
          const path = new URL(request.url()).pathname;
          if (request.resourceType() === 'document' && headers['if-modified-since'])
            revalidated.push(path);
        }),
      ),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      const path = new URL(response.url()).pathname;
      // Revalidated files come back without their encoding: checked before that.
      if (revalidating) return;
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
    const search = `${nginx.url}${BASE}search/?q=${encodeURIComponent('网格化服务中心')}`;
    await page.goto(search);
    const results = await searchResults(page);
    expect(results, JSON.stringify(results)).toContain(CASE);
    await page.locator(`[data-search-results] a[href^="${CASE}"]`).first().click();
    await page.waitForURL(`**${CASE}**`);
    await page.waitForLoadState('networkidle');
    await Promise.all(checked);
    expect(failed).toEqual([]);
    expect(uncompressed).toEqual([]);
    // Opened again, the page comes back as a 304 and must keep its own policy to run again.
    revalidating = true;
    await page.goto(search);
    expect(await searchResults(page)).toEqual(results);
    await Promise.all(checked);
    expect(revalidated).toEqual([`${BASE}search/`]);
    expect(failed).toEqual([]);
    // Pagefind says "falling back to main thread" when its worker cannot run under its policy.
    expect(warnings).toEqual([]);
    await context.close();
  });
});
