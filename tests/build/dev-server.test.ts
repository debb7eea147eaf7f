import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { astroDev, type DevServer } from '../helpers/astro-dev.ts';
import { readQr } from '../helpers/read-qr.ts';
import { runChecks } from '../../src/checks/index.ts';
import { formatFinding, formatReport, type Finding } from '../../src/checks/finding.ts';

describe('npm run dev, as an editor previews an entry', () => {
  let server: DevServer;
  beforeAll(async () => {
    const site = await fixtureSite('dev-server', 'drafts');
    server = await astroDev(site.root);
  });
  afterAll(() => server?.stop());

  it('serves the QR codes of a page’s paragraphs, which a build writes only after the pages', async () => {
    const response = await fetch(`${server.url}qr/cases/fabu-anli.json`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const codes = (await response.json()) as Record<string, string>;
    expect(Object.keys(codes)[0]).toBe('p-1');
    expect(await readQr(codes['p-1']!)).toBe('http://localhost:4321/cases/fabu-anli/#p-1');
  });

  it('answers a request for the codes of an entry that does not exist with 404', async () => {
    expect((await fetch(`${server.url}qr/cases/meiyou-zhege-anli.json`)).status).toBe(404);
  });
});

/** The pages of the `drafts` fixture that every content problem elsewhere must leave standing (drafts show under dev). */
const PAGES = [
  '/',
  '/cases/',
  '/speeches/',
  '/concepts/',
  '/sites/',
  '/matrix/',
  '/search/',
  '/cases/fabu-anli/',
  '/cases/caogao-anli/',
  '/speeches/ceshi-jianghua/',
  '/concepts/da-fuwu-gongxiang/',
  '/sites/gongkai-shequ/',
  '/sites/caogao-shequ/',
];

/** A page as the dev server answers it, with the text of its content-check panel ('' when it has none). */
async function load(server: DevServer, path: string) {
  const response = await fetch(new URL(path, server.url));
  const panel = parse(await response.text()).querySelector('[data-dev-findings]');
  return {
    status: response.status,
    panel: panel?.textContent ?? '',
    role: panel?.getAttribute('role'),
  };
}

/**
 * Asks again, for a few seconds, until the dev server has caught up with a saved file: the
 * content check and Astro's content store each take their moment after a save.
 */
async function eventually<T>(ask: () => Promise<T>, done: (answer: T) => boolean): Promise<T> {
  for (let tries = 0; ; tries += 1) {
    const answer = await ask();
    if (done(answer) || tries === 40) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** What the panel shows of a finding: where, what, and how to fix it. */
const shown = (finding: Finding) => [
  `${finding.file}:${finding.line}:${finding.column}`,
  finding.message,
  ...(finding.fix ? [`改法：${finding.fix}`] : []),
];

const CASE = (concepts: string) =>
  `---\ntitle: 拼错理念的案例\nkind: 部署要求\nsummary: 理念的名称写错了一个字母。\nconcepts: [${concepts}]\n---\n\n## 做法\n\n拼错理念的案例的正文。\n`;

describe('npm run dev, as an editor misspells a concept in a case and then fixes it', () => {
  let site: FixtureSite;
  let server: DevServer;
  let findings: Finding[];
  beforeAll(async () => {
    site = await fixtureSite('devx-misspelt', 'drafts');
    server = await astroDev(site.root);
    await site.write('content/cases/pincuo-linian.mdx', CASE('da-fuwu-gongxian'));
    findings = await runChecks(site.root);
  });
  afterAll(() => server?.stop());

  it('shows the finding at the top of the case’s page and of the home page, in Chinese, where to look and how to fix it', async () => {
    expect(findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}`)).toEqual([
      'content/cases/pincuo-linian.mdx:5:12',
    ]);
    expect(findings[0]!.message).toContain('找不到名为“da-fuwu-gongxian”的理念');
    for (const path of ['/', '/cases/pincuo-linian/']) {
      const page = await eventually(
        () => load(server, path),
        (answer) => answer.status === 200 && answer.panel !== '',
      );
      expect(page.status, path).toBe(200);
      expect(page.role).toBe('alert');
      for (const text of shown(findings[0]!)) expect(page.panel, path).toContain(text);
    }
  });

  it('keeps every other page of the site up', async () => {
    for (const path of PAGES) expect((await load(server, path)).status, path).toBe(200);
  });

  it('prints the same finding in the terminal, in the check’s own form', () => {
    expect(server.output()).toContain(formatFinding(findings[0]!));
  });

  it('shows no panel on the next load once the file is fixed, and says so in the terminal', async () => {
    await site.write('content/cases/pincuo-linian.mdx', CASE('da-fuwu-gongxiang'));
    for (const path of ['/', '/cases/pincuo-linian/']) {
      const page = await eventually(
        () => load(server, path),
        (answer) => answer.status === 200 && answer.panel === '',
      );
      expect(page).toMatchObject({ status: 200, panel: '' });
    }
    expect(server.output()).toContain(formatReport([]));
    expect(server.output()).not.toMatch(/Stack trace|\[ERROR\]/);
  });
});

describe('npm run dev, started with a case whose fields do not parse', () => {
  let server: DevServer;
  let findings: Finding[];
  beforeAll(async () => {
    const site = await fixtureSite('devx-yaml', 'drafts');
    // A full-width colon, as a Chinese input method types it.
    await site.write(
      'content/cases/geshi-cuowu.mdx',
      '---\ntitle：格式错误的案例\nkind: 部署要求\nsummary: 冒号是全角的。\n---\n\n正文。\n',
    );
    findings = await runChecks(site.root);
    server = await astroDev(site.root);
  });
  afterAll(() => server?.stop());

  it('serves the rest of the site', async () => {
    for (const path of PAGES) expect((await load(server, path)).status, path).toBe(200);
  });

  it('shows the finding on every page, the not-found page of the broken case included', async () => {
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.file === 'content/cases/geshi-cuowu.mdx')).toBe(
      true,
    );
    for (const path of ['/', '/cases/fabu-anli/', '/cases/geshi-cuowu/']) {
      const { panel } = await load(server, path);
      for (const finding of findings)
        for (const text of shown(finding)) expect(panel, path).toContain(text);
    }
  });

  it('prints the same findings in the terminal, with no stack trace or framework error', () => {
    const output = server.output();
    for (const finding of findings) expect(output).toContain(formatFinding(finding));
    expect(output).not.toMatch(/Stack trace|\[ERROR\]|Error:/);
  });
});

describe('npm run build with content that fails the check', () => {
  it('prints the Chinese report alone and exits with code 1', async () => {
    const site = await fixtureSite('devx-build', 'drafts');
    const text = readFileSync(
      join(import.meta.dirname, '../fixtures/drafts/content/cases/fabu-anli.mdx'),
      'utf8',
    );
    await site.write(
      'content/cases/fabu-anli.mdx',
      text.replace('concepts: [da-fuwu-gongxiang]', 'concepts: [da-fuwu-gongxian]'),
    );
    const result = await site.build();
    expect(result.exitCode).toBe(1);
    expect(result.output).toBe(
      `内容检查未通过，网站未生成。\n${formatReport(await runChecks(site.root))}\n`,
    );
    expect(result.output).not.toMatch(/Stack trace|Hint:|unhandled error/);
  });
});
