import { describe, expect, test } from 'vitest';
import { checkFixture, type ExtraFile } from '../../helpers/check-project.ts';
import type { Finding } from '../../../src/checks/finding.ts';

const SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
const CASE = 'content/cases/tupian-xingshi.mdx';

/** A case whose body is `body`, starting at line 6. */
const caseWith = (body: string) =>
  `---\ntitle: 图片写法\nkind: 已有做法\nsummary: 测试。\n---\n${body}\n`;

/** The check's findings on the base fixture plus `files`, as `file:line rule` lines. */
async function findings(dir: string, files: Record<string, ExtraFile>): Promise<string[]> {
  const { findings } = await checkFixture('_base', files, dir);
  return findings.map((finding: Finding) => `${finding.file}:${finding.line} ${finding.rule}`);
}

/** Every way Markdown can name an image, each putting the address on line 6 or, by reference, on line 8. */
const FORMS: Array<[form: string, body: (url: string) => string, line: number]> = [
  ['inline', (url) => `![图](${url})`, 6],
  ['inline in angle brackets', (url) => `![图](<${url}>)`, 6],
  ['inline with a title', (url) => `![图](${url} "标题")`, 6],
  ['full reference', (url) => `![图][tu]\n\n[tu]: ${url}`, 8],
  ['collapsed reference', (url) => `![tu][]\n\n[tu]: ${url}`, 8],
  ['shortcut reference', (url) => `![tu]\n\n[tu]: ${url}`, 8],
  ['reference of another case', (url) => `![图][TU]\n\n[Tu]: <${url}> "标题"`, 8],
  ['inside <Figure>', (url) => `<Figure caption="图">\n\n![图](${url})\n\n</Figure>`, 8],
  ['reference inside <Note>', (url) => `<Note>\n\n![图][tu]\n\n</Note>\n\n[tu]: ${url}`, 12],
];

/** Addresses no image may have, with any files they need. */
const BAD: Array<[what: string, url: string, files: Record<string, ExtraFile>]> = [
  ['a remote image', 'https://example.com/a.png', {}],
  ['a protocol-relative image', '//example.com/a.png', {}],
  ['a data: image', 'data:image/png;base64,iVBORw0KGgo=', {}],
  ['a file elsewhere in the repository', '../../public/favicon.png', {}],
  ['a path leaving the repository', '../../../../../../etc/passwd.png', {}],
  ['a root-relative path', '/images/shiyi.png', {}],
  [
    'an image in a hidden folder',
    '../images/.yincang/a.png',
    { 'content/images/.yincang/a.png': '' },
  ],
  [
    'an SVG named with an underscore',
    '../images/_tubiao.svg',
    { 'content/images/_tubiao.svg': SVG },
  ],
  ['a malformed escape', '../images/%E0%A4%A.png', {}],
  ['a missing image', '../images/meiyou.png', {}],
  [
    'a symbolic link',
    '../images/lianjie.png',
    { 'content/images/lianjie.png': { link: 'shiyi.png' } },
  ],
];

describe('the image rule, for every way Markdown names an image', () => {
  test.each(FORMS)('accepts a real image of content/images/ named %s', async (form, body) => {
    expect(await findings(`ok-${form}`, { [CASE]: caseWith(body('../images/shiyi.png')) })).toEqual(
      [],
    );
  });

  describe.each(FORMS)('named %s', (form, body, line) => {
    test.each(BAD)('refuses %s, at the line its address is written', async (what, url, files) => {
      const found = await findings(`${form}-${what}`, { ...files, [CASE]: caseWith(body(url)) });
      expect(found.filter((line) => line.startsWith(CASE))).toEqual([`${CASE}:${line} image`]);
    });
  });
});

describe('image files, judged by their bytes', () => {
  test('an SVG saved under an image name is refused at the file, whatever its name, once an entry uses it', async () => {
    const { report } = await checkFixture(
      '_base',
      {
        'content/images/_yinxing.png': SVG,
        'content/images/.yincang.png': SVG,
        'content/images/zhuangzuo.webp': `\ufeff  ${SVG}`,
        [CASE]: caseWith('![一](../images/_yinxing.png)\n\n![二](../images/.yincang.png)'),
      },
      'svg-bytes',
    );
    expect(report).toMatchInlineSnapshot(`
      "content/images/_yinxing.png:1:1 错误 [图片 image] 文件扩展名是 .png，内容却是 SVG 图片（SVG 可以夹带脚本，网站不收）。
          改法：用看图软件把它另存为真正的 JPEG、PNG 或 WebP 文件。
      content/images/.yincang.png:1:1 错误 [图片 image] 文件扩展名是 .png，内容却是 SVG 图片（SVG 可以夹带脚本，网站不收）。
          改法：用看图软件把它另存为真正的 JPEG、PNG 或 WebP 文件。
      content/images/zhuangzuo.webp:1:1 错误 [图片 image] 文件扩展名是 .webp，内容却是 SVG 图片（SVG 可以夹带脚本，网站不收）。
          改法：用看图软件把它另存为真正的 JPEG、PNG 或 WebP 文件。
      内容检查发现 3 个错误、0 个提醒。"
    `);
  });

  test('notes kept beside the images on purpose, used by no entry, are left alone', async () => {
    expect(
      await findings('image-notes', {
        'content/images/_shuoming.txt': '图片的来源说明',
        'content/images/_caogao.png': 'not yet an image',
      }),
    ).toEqual([]);
  });
});

describe('symbolic links under content/', () => {
  test('are refused at their path, whatever they point to, and a dangling one does not stop the check', async () => {
    const { report } = await checkFixture(
      '_base',
      {
        'content/cases/waibu.mdx': { link: '/etc/hostname' },
        'content/cases/_beizhu.mdx': { link: '../../README.md' },
        'content/images/waibu.png': { link: '../../../../../public/favicon.png' },
        'content/sites/duanlian.mdx': { link: 'meiyou-zhege-wenjian.mdx' },
        'content/glossary': { link: '/etc' },
      },
      'symlinks',
    );
    expect(report).toMatchInlineSnapshot(`
      "content/cases/_beizhu.mdx:1:1 错误 [文件名 file-name] 这是一个符号链接（指向 ../../README.md），不是文件本身，网站不收录。
          改法：把文件本身（不是链接）放到这里再提交，或删除这个链接：链接可以指向仓库以外的文件，审核人在合并请求里只看得到一行路径。
      content/cases/waibu.mdx:1:1 错误 [文件名 file-name] 这是一个符号链接（指向 /etc/hostname），不是文件本身，网站不收录。
          改法：把文件本身（不是链接）放到这里再提交，或删除这个链接：链接可以指向仓库以外的文件，审核人在合并请求里只看得到一行路径。
      content/glossary:1:1 错误 [文件名 file-name] 这是一个符号链接（指向 /etc），不是文件本身，网站不收录。
          改法：把文件本身（不是链接）放到这里再提交，或删除这个链接：链接可以指向仓库以外的文件，审核人在合并请求里只看得到一行路径。
      content/images/waibu.png:1:1 错误 [文件名 file-name] 这是一个符号链接（指向 ../../../../../public/favicon.png），不是文件本身，网站不收录。
          改法：把文件本身（不是链接）放到这里再提交，或删除这个链接：链接可以指向仓库以外的文件，审核人在合并请求里只看得到一行路径。
      content/sites/duanlian.mdx:1:1 错误 [文件名 file-name] 这是一个符号链接（指向 meiyou-zhege-wenjian.mdx），不是文件本身，网站不收录。
          改法：把文件本身（不是链接）放到这里再提交，或删除这个链接：链接可以指向仓库以外的文件，审核人在合并请求里只看得到一行路径。
      内容检查发现 5 个错误、0 个提醒。"
    `);
  });
});

describe('component names', () => {
  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    '<%s>, a name every JavaScript object has, is an unknown element reported at its line, in Chinese',
    async (name) => {
      const { findings: found } = await checkFixture(
        '_base',
        {
          [CASE]: caseWith(`正文。\n\n<${name} />\n\n<Note ${name}="x">说明。</Note>`),
        },
        `component-${name}`,
      );
      expect(found.map((finding) => [finding.line, finding.rule, finding.message])).toEqual([
        [
          8,
          'mdx-element',
          `内容里不能使用 <${name}>。只允许普通 Markdown 和这些组件：<SpeechQuote>、<Note>、<Figure>。`,
        ],
        [10, 'mdx-attribute', `<Note> 没有 ${name} 属性。`],
      ]);
    },
  );
});
