import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir, rm, cp, writeFile, readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { runChecks } from '../../src/checks/index.ts';
import type { Finding } from '../../src/checks/finding.ts';
import { encodePack, PACK_VERSION } from '../../src/client/pack/state.ts';
import { ROOT, TMP } from '../helpers/paths.ts';
import { htmlPages } from '../helpers/dist.ts';
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { caseFile, POSITIONS, siteFile, xssPayloads } from '../helpers/xss-corpus.ts';

const PAYLOADS = xssPayloads();
const BASE = join(ROOT, 'tests/fixtures/check/_base');
/** Payloads per built case. */
const GROUP = 4;

/** What the content check made of each payload in each position: the errors in its file, if any. */
const verdicts = new Map<string, { payload: string; path: string; errors: Finding[] }[]>();
let site: FixtureSite;
let session: SiteSession;

beforeAll(async () => {
  // Stage 1: every payload in every position, one file each, through the content check.
  const root = join(TMP, 'xss-check');
  await rm(root, { recursive: true, force: true });
  await cp(BASE, root, { recursive: true });
  for (const position of POSITIONS)
    for (const [i, payload] of PAYLOADS.entries()) {
      const file = position.file(payload, i);
      await mkdir(dirname(join(root, file.path)), { recursive: true });
      await writeFile(join(root, file.path), file.text);
    }
  const errors = (await runChecks(root)).filter((finding) => finding.severity === 'error');
  for (const position of POSITIONS)
    verdicts.set(
      position.name,
      PAYLOADS.map((payload, i) => {
        const { path } = position.file(payload, i);
        return { payload, path, errors: errors.filter((finding) => finding.file === path) };
      }),
    );

  // Stage 2: what the check let through, built into a site. Payloads go in fours: case k carries
  // payloads 4k…4k+3 in its lists and in every body position where the check took them, and one
  // of them in each single field (title, summary, region, the definition of its glossary term), so
  // every field sees a quarter of the list; glossary terms take every payload the check let through.
  const content = join(TMP, 'xss-content');
  await rm(content, { recursive: true, force: true });
  await cp(join(BASE, 'content'), content, { recursive: true });
  await mkdir(join(content, 'glossary'), { recursive: true });
  const accepted = (name: string, i: number) =>
    i < PAYLOADS.length && verdicts.get(name)![i]!.errors.length === 0 ? PAYLOADS[i]! : undefined;
  for (let k = 0; k * GROUP < PAYLOADS.length; k += 1) {
    const group = [...Array(GROUP).keys()]
      .map((n) => k * GROUP + n)
      .filter((i) => i < PAYLOADS.length);
    const single = (name: string, n: number) => accepted(name, group[n % group.length]!);
    const fields: Record<string, unknown> = {};
    if (single('summary', 1)) fields.summary = single('summary', 1)!;
    if (single('region', 2)) fields.region = single('region', 2)!;
    for (const name of ['tags', 'points', 'questions'])
      fields[name] = group.flatMap((i) => accepted(name, i) ?? []);
    fields.sources = group.flatMap((i) => {
      const title = accepted('source-title', i);
      return title ? [{ title }] : [];
    });
    const body = group
      .flatMap((i) =>
        POSITIONS.filter((position) => position.snippet && accepted(position.name, i)).map(
          (position) => position.snippet!(PAYLOADS[i]!),
        ),
      )
      .join('\n\n');
    await writeFile(
      join(content, 'cases', `zhuru-${k}.mdx`),
      caseFile(
        single('title', 0) ?? `注入测试案例 ${k}`,
        fields,
        `## 做法\n\n提到测试术语${k}号。\n\n${body}`,
      ),
    );
    const site: Record<string, unknown> = {};
    if (single('site-summary', 1)) site.summary = single('site-summary', 1);
    if (single('site-region', 2)) site.region = single('site-region', 2);
    await writeFile(
      join(content, 'sites', `zhuru-${k}.mdx`),
      siteFile(single('site-title', 0) ?? `注入测试示范点 ${k}`, site),
    );
    await writeFile(
      join(content, 'glossary', `zhuru-shuyu-${k}.mdx`),
      `---\ntitle: 测试术语${k}号\nsummary: ${JSON.stringify(single('glossary-summary', 3) ?? '测试用释义。')}\n---\n\n正文。\n`,
    );
  }
  for (const i of PAYLOADS.keys())
    if (accepted('glossary-title', i))
      await writeFile(
        join(content, 'glossary', `zhuru-tiaomu-${i}.mdx`),
        `---\ntitle: ${JSON.stringify(accepted('glossary-title', i))}\nsummary: 测试用释义。\n---\n\n正文。\n`,
      );
  site = await fixtureSite('xss', content);
  const built = await site.build();
  if (built.exitCode !== 0)
    throw new Error(`The corpus site did not build:\n${built.output.slice(-3000)}`);
  session = await startSiteSession(site.dist);
}, 600_000);
afterAll(async () => session?.close());

/**
 * A browser profile with the page's Content-Security-Policy bypassed, so the markup
 * alone must be inert, and a trap: every payload calls alert(), and any dialog is recorded.
 */
async function trapped(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const ran: string[] = [];
    (window as unknown as { __ran: string[] }).__ran = ran;
    for (const name of ['alert', 'confirm', 'prompt'] as const)
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        ran.push(`${name}(${args.map(String).join(', ')}) at ${location.pathname}`);
      };
  });
}

/** Whether anything ran, and anything in the page that could run later: handlers, script URLs, foreign scripts. */
async function inspect(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = [...(window as unknown as { __ran: string[] }).__ran];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`<${element.localName} ${attribute.name}>`);
        if (/^(href|src|action|formaction|xlink:href|poster|data)$/i.test(attribute.name)) {
          let protocol: string;
          try {
            protocol = new URL(attribute.value, location.href).protocol;
          } catch {
            continue;
          }
          if (!/^(https?|mailto|tel):$/.test(protocol))
            found.push(
              `<${element.localName} ${attribute.name}="${attribute.value.slice(0, 60)}">`,
            );
        }
      }
      if (/^(iframe|frame|object|embed|base|applet)$/.test(element.localName))
        found.push(`<${element.localName}>`);
      if (
        element.localName === 'meta' &&
        element.getAttribute('http-equiv')?.toLowerCase() === 'refresh'
      )
        found.push('<meta refresh>');
    }
    for (const script of document.querySelectorAll('script')) {
      const own = script.src
        ? new URL(script.src).pathname.startsWith('/_astro/')
        : script.textContent?.includes("root.classList.add('js')");
      if (!own) found.push(`<script>${(script.src || script.textContent || '').slice(0, 60)}`);
    }
    return found;
  });
}

describe('the XSS corpus (Big List of Naughty Strings, Script Injection)', () => {
  test('holds the maintained list’s vectors', () => {
    expect(PAYLOADS.length).toBeGreaterThan(200);
    expect(PAYLOADS).toContain('<script>alert(123)</script>');
  });

  test.each(POSITIONS.map((position) => [position.name]))(
    'in %s: each payload is rejected by the check naming its file and line, or accepted as text',
    (name) => {
      for (const { path, errors } of verdicts.get(name)!)
        for (const error of errors) {
          expect(error.file).toBe(path);
          expect(error.line).toBeGreaterThan(0);
          expect(error.message).toMatch(/[\u4e00-\u9fff]/);
        }
      // The check is not a blanket refusal: text fields take every payload as text.
      if (['points', 'questions'].includes(name))
        expect(
          verdicts
            .get(name)!
            .filter(({ errors }) => errors.length > 0)
            .map(
              ({ payload, errors }) =>
                `${payload.slice(0, 40)} → ${errors[0]!.rule}: ${errors[0]!.message}`,
            ),
        ).toEqual([]);
    },
  );

  test('the trap catches a payload that runs, so a page that let one through would fail', async () => {
    const context = await session.browser.newContext({ bypassCSP: true });
    await trapped(context);
    const page = await context.newPage();
    const html = (await readFile(join(site.dist, 'index.html'), 'utf8')).replace(
      '</main>',
      `${PAYLOADS[0]}<img src="x" onerror="alert(2)"><a href="javascript:alert(3)">x</a></main>`,
    );
    await page.route('**/control/', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await page.goto(`${session.server.url}/control/`);
    await page.waitForLoadState('networkidle');
    const found = await inspect(page);
    expect(found).toContain('alert(123) at /control/');
    expect(found).toContain('alert(2) at /control/');
    expect(found).toContain('<img onerror>');
    expect(found).toContain('<a href="javascript:alert(3)">');
    await context.close();
  });

  test('nothing it let through runs on any page, in titles, lists, tag pages, glossary popovers or the glossary', async () => {
    const context = await session.browser.newContext({ bypassCSP: true });
    await trapped(context);
    const page = await context.newPage();
    const found: string[] = [];
    let opened = 0;
    const paths = htmlPages(site.dist).filter((path) => !/^\/glossary\/zhuru-/.test(path));
    for (const path of paths) {
      await page.goto(session.server.url + path);
      // Opens the first glossary popover, where a payload definition shows.
      const term = page.locator('article button.term').first();
      if (path.startsWith('/cases/zhuru-')) {
        await term.click();
        await page.locator('.term-popover:popover-open').waitFor();
        opened += 1;
      }
      found.push(...(await inspect(page)).map((line) => `${path}: ${line}`));
    }
    expect(found).toEqual([]);
    expect(paths.length).toBeGreaterThan(PAYLOADS.length / GROUP);
    expect(opened).toBe(Math.ceil(PAYLOADS.length / GROUP));
    await context.close();
  }, 600_000);

  test('no file the build publishes under _astro/ or qr/ runs anything when opened on its own, and the trap would see one that did', async () => {
    const context = await session.browser.newContext({ bypassCSP: true });
    await trapped(context);
    const page = await context.newPage();
    // The control: an SVG with script, as an image that slipped through would be published.
    const planted = '_astro/planted.svg';
    await writeFile(
      join(site.dist, planted),
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
    );
    // Scripts, styles and data open as text; any other file could render as a document.
    const published = (await readdir(site.dist, { recursive: true }))
      .filter(
        (file) => /^(_astro|qr)\/.+\.[^/]+$/.test(file) && !/\.(gz|br|js|css|json)$/.test(file),
      )
      .sort();
    expect(published.filter((file) => /\.(png|jpe?g|webp)$/.test(file)).length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of published) {
      await page.goto(`${session.server.url}/${file}`);
      const ran = await page.evaluate(
        () => (window as unknown as { __ran?: string[] }).__ran ?? [],
      );
      found.push(...ran.map((line) => `${file}: ${line}`));
    }
    await rm(join(site.dist, planted));
    expect(found.filter((line) => line.startsWith(planted)).sort()).toEqual([
      `${planted}: alert(1) at /${planted}`,
      `${planted}: alert(2) at /${planted}`,
    ]);
    expect(found.filter((line) => !line.startsWith(planted))).toEqual([]);
    await context.close();
  });

  test('nothing runs in search results and their excerpts', async () => {
    const context = await session.browser.newContext({ bypassCSP: true });
    await trapped(context);
    const page = await context.newPage();
    const found: string[] = [];
    for (const query of ['alert', 'script', 'javascript', 'onerror', 'img', 'svg']) {
      await page.goto(`${session.server.url}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('[data-search-results] > li').first().waitFor();
      // A few batches more, each waited for: the button hides itself when all are shown.
      const more = page.locator('[data-search-more]:visible');
      const results = page.locator('[data-search-results] > li');
      for (let round = 0; round < 4 && (await more.count()) > 0; round += 1) {
        const shown = await results.count();
        await more.click();
        await expect.poll(() => results.count()).toBeGreaterThan(shown);
      }
      found.push(...(await inspect(page)).map((line) => `${query}: ${line}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });

  test('nothing runs in a 学习单 whose title, items and questions are all payloads', async () => {
    const context = await session.browser.newContext({ bypassCSP: true });
    await trapped(context);
    const page = await context.newPage();
    const link = encodePack({
      v: PACK_VERSION,
      title: PAYLOADS[0]!,
      items: PAYLOADS.slice(0, 100).map((payload, i) => ({
        url: `/cases/zhuru-${Math.floor(i / GROUP)}/`,
        title: payload,
        locator: payload,
        points: [payload],
      })),
      questions: PAYLOADS.slice(0, 50),
    });
    await page.goto(`${session.server.url}/pack/#${link}`);
    await page.locator('course-pack .pack-items').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await inspect(page)).toEqual([]);
    expect(await page.locator('course-pack .pack-title').innerText()).toBe(PAYLOADS[0]);
    await context.close();
  });

  test('the feed and entries.json carry the payloads as escaped text', async () => {
    const feed = await readFile(join(site.dist, 'rss.xml'), 'utf8');
    const entries = JSON.parse(
      await readFile(join(site.dist, 'data/entries.json'), 'utf8'),
    ) as unknown;
    const page = await session.open('/');
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        items: [...doc.querySelectorAll('item')].map((item) => ({
          title: item.querySelector('title')?.textContent ?? '',
          link: item.querySelector('link')?.textContent ?? '',
        })),
        elements: [...doc.querySelectorAll('item *')].map((element) => element.localName),
      };
    }, feed);
    expect(parsed.error).toBeNull();
    expect(new Set(parsed.elements)).not.toContain('script');
    // Each corpus case in the feed is titled with its payload, exactly, as text.
    const titleOf = (k: number) =>
      verdicts.get('title')![k * GROUP]!.errors.length === 0
        ? PAYLOADS[k * GROUP]!.trim()
        : `注入测试案例 ${k}`;
    const corpus = parsed.items.flatMap((item) => {
      const i = /\/cases\/zhuru-(\d+)\/$/.exec(item.link)?.[1];
      return i === undefined ? [] : [{ ...item, expected: titleOf(Number(i)) }];
    });
    expect(corpus.length).toBeGreaterThan(10);
    for (const item of corpus) expect(item.title).toBe(item.expected);
    const listed = (entries as { entries?: unknown[] }).entries ?? (entries as unknown[]);
    const titles = new Set((listed as Array<{ title: string }>).map((entry) => entry.title));
    for (let k = 0; k * GROUP < PAYLOADS.length; k += 1)
      expect(titles.has(titleOf(k)), titleOf(k)).toBe(true);
    await page.context().close();
  });
});
