import { describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkFixture } from '../../helpers/check-project.ts';
import { ROOT } from '../../helpers/paths.ts';
import { formatReport } from '../../../src/checks/finding.ts';
import { runChecks } from '../../../src/checks/index.ts';
import { decodeText, readContentText } from '../../../src/entries/text-encoding.ts';

const run = promisify(execFile);

/** Files as Notepad and WPS save them: a model site in GBK, glossary terms in UTF-16 (both byte orders). */
const saved = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/encodings', name));
const FILES = {
  'content/sites/linggan-shequ.mdx': saved('gbk.mdx'),
  'content/glossary/jiu-jishiben.mdx': saved('utf16.mdx'),
  'content/glossary/dad-duan.mdx': saved('utf16be.mdx'),
};

describe('a file saved in another encoding than UTF-8', () => {
  test('gets one error naming the encoding and how to save it as UTF-8, and nothing quoting mojibake', async () => {
    const { report } = await checkFixture('_base', FILES, 'encodings');
    expect(report).toMatchInlineSnapshot(`
      "content/glossary/dad-duan.mdx:1:1 错误 [文件编码 encoding] 这个文件的编码是 UTF-16 大端（记事本里叫“Unicode big endian”），网站只认 UTF-8，照这样发布，页面上的中文会变成乱码。
          改法：用记事本打开这个文件，点“文件 → 另存为”，在“编码”里选“UTF-8”再保存（WPS、Word 另存为“纯文本”时也选 UTF-8）；只用网页编辑器的，把文字重新复制粘贴进网页里的文件即可。本地有项目的，运行 npm run fix 会把它转成 UTF-8。
      content/glossary/jiu-jishiben.mdx:1:1 错误 [文件编码 encoding] 这个文件的编码是 UTF-16（旧版记事本里叫“Unicode”），网站只认 UTF-8，照这样发布，页面上的中文会变成乱码。
          改法：用记事本打开这个文件，点“文件 → 另存为”，在“编码”里选“UTF-8”再保存（WPS、Word 另存为“纯文本”时也选 UTF-8）；只用网页编辑器的，把文字重新复制粘贴进网页里的文件即可。本地有项目的，运行 npm run fix 会把它转成 UTF-8。
      content/sites/linggan-shequ.mdx:1:1 错误 [文件编码 encoding] 这个文件的编码是 GBK（GB18030；记事本里叫“ANSI”，WPS 和旧版软件常这样保存），网站只认 UTF-8，照这样发布，页面上的中文会变成乱码。
          改法：用记事本打开这个文件，点“文件 → 另存为”，在“编码”里选“UTF-8”再保存（WPS、Word 另存为“纯文本”时也选 UTF-8）；只用网页编辑器的，把文字重新复制粘贴进网页里的文件即可。本地有项目的，运行 npm run fix 会把它转成 UTF-8。
      内容检查发现 3 个错误、0 个提醒。"
    `);
  });

  test('is read in its own encoding for the other findings: a mistake in it is quoted in Chinese', async () => {
    const file = 'content/sites/xiecuo-shequ.mdx';
    const { findings } = await checkFixture('_base', { [file]: saved('gbk-mistake.mdx') }, 'enc-2');
    expect(findings.map((finding) => `${finding.line} ${finding.rule} ${finding.message}`))
      .toMatchInlineSnapshot(`
        [
          "1 encoding 这个文件的编码是 GBK（GB18030；记事本里叫“ANSI”，WPS 和旧版软件常这样保存），网站只认 UTF-8，照这样发布，页面上的中文会变成乱码。",
          "4 schema kind（类型）的值“小区”不在可选范围内。",
        ]
      `);
  });

  test('stops the build with the same message', () => {
    const path = join(ROOT, 'tests/fixtures/encodings/gbk.mdx');
    expect(() => readContentText(path, 'content/sites/linggan-shequ.mdx')).toThrow(
      /^content\/sites\/linggan-shequ\.mdx：这个文件的编码是 GBK（GB18030；[^\n]+\n改法：用记事本打开/,
    );
  });

  test('npm run fix saves it again as UTF-8 with the same text, after which the check passes', async () => {
    const { root } = await checkFixture('_base', FILES, 'encodings-fix');
    const { stdout } = await run(process.execPath, [join(ROOT, 'scripts/fix-content.ts'), root]);
    expect(stdout.trim()).toMatchInlineSnapshot(`
      "content/sites/linggan-shequ.mdx：原来的编码是 GBK（GB18030；记事本里叫“ANSI”，WPS 和旧版软件常这样保存），已改存为 UTF-8，请打开核对文字。
      content/glossary/dad-duan.mdx：原来的编码是 UTF-16 大端（记事本里叫“Unicode big endian”），已改存为 UTF-8，请打开核对文字。
      content/glossary/jiu-jishiben.mdx：原来的编码是 UTF-16（旧版记事本里叫“Unicode”），已改存为 UTF-8，请打开核对文字。
      共有 3 个文件改存为 UTF-8。用 git diff 可以查看。"
    `);
    const site = await readFile(join(root, 'content/sites/linggan-shequ.mdx'), 'utf8');
    expect(site).toBe(new TextDecoder('gb18030').decode(saved('gbk.mdx')));
    expect(site).toContain('summary: 用记事本“ANSI”保存的示范点。');
    expect(formatReport(await runChecks(root))).toBe('内容检查通过，没有发现问题。');
  });
});

describe('decodeText', () => {
  test('reads UTF-8, with or without a byte-order mark, as it is, however much Chinese it has', () => {
    const text = '---\ntitle: 党建引领“大…共…”\n---\n\n正文：全角标点、数字 2019 年。\n';
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text });
    expect(decodeText(new TextEncoder().encode(`\ufeff${text}`))).toEqual({
      text: `\ufeff${text}`,
    });
  });

  test('names bytes that are neither UTF-8, GBK nor UTF-16 as unknown', () => {
    expect(decodeText(Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xff, 0x0a])).foreign).toBe(
      'unknown',
    );
  });
});
