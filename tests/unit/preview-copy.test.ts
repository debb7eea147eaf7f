import { describe, expect, test } from 'vitest';
import {
  relativeAddress,
  rewritePageAddresses,
  type SiteLayout,
} from '../../scripts/lib/preview-copy/relative-links.ts';

const files = new Set(['index.html', 'cases/index.html', 'cases/a/index.html', 'rss.xml']);
const atRoot: SiteLayout = {
  base: '/',
  url: 'http://localhost:4321/',
  hasFile: (path) => files.has(path),
};
const underPath: SiteLayout = { ...atRoot, base: '/zhishiku/', url: 'http://intranet/zhishiku/' };

describe('an address of the site, made relative to the page that holds it', () => {
  test('a folder address names its index.html, from the home page and from deeper pages', () => {
    expect(relativeAddress('/cases/a/', 'index.html', atRoot)).toBe('cases/a/index.html');
    expect(relativeAddress('/', 'cases/a/index.html', atRoot)).toBe('../../index.html');
    expect(relativeAddress('/cases/', 'cases/a/index.html', atRoot)).toBe('../index.html');
    expect(relativeAddress('/cases/a/', 'cases/a/index.html', atRoot)).toBe('index.html');
  });

  test('the query and the paragraph anchor travel with it', () => {
    expect(relativeAddress('/cases/a/?hl=网格#p-3', 'index.html', atRoot)).toBe(
      'cases/a/index.html?hl=网格#p-3',
    );
  });

  test('files keep their names, and a folder written without its slash still finds its index.html', () => {
    expect(relativeAddress('/rss.xml', 'cases/a/index.html', atRoot)).toBe('../../rss.xml');
    expect(relativeAddress('/cases/a', 'index.html', atRoot)).toBe('cases/a/index.html');
  });

  test("the site's full address (canonical links) becomes relative too", () => {
    expect(relativeAddress('http://localhost:4321/cases/a/', 'cases/a/index.html', atRoot)).toBe(
      'index.html',
    );
  });

  test('a site built for a sub-path: its addresses carry the sub-path, which the copy drops', () => {
    expect(relativeAddress('/zhishiku/cases/a/', 'index.html', underPath)).toBe(
      'cases/a/index.html',
    );
    expect(relativeAddress('http://intranet/zhishiku/', 'cases/index.html', underPath)).toBe(
      '../index.html',
    );
    // Outside the sub-path is outside the site.
    expect(relativeAddress('/other/', 'index.html', underPath)).toBe('/other/');
  });

  test('other hosts, protocol-relative addresses, anchors and relative addresses are left alone', () => {
    for (const address of [
      'https://git.example.org/x/-/edit/main/content/cases/a.mdx',
      '//cdn.example/x.js',
      '#p-3',
      '../x/',
      'mailto:a@b.c',
    ])
      expect(relativeAddress(address, 'cases/a/index.html', atRoot)).toBe(address);
  });
});

describe('a page with its addresses made relative', () => {
  const page = 'cases/a/index.html';

  test('links, sources, forms, quotations, image sets and the refresh of a moved page are rewritten', () => {
    const html = [
      '<link rel="canonical" href="http://localhost:4321/cases/a/">',
      '<meta http-equiv="refresh" content="0;url=/cases/">',
      '<a href="/cases/" class="x">案例</a>',
      '<script type="module" src=\'/_astro/a.js\'></script>',
      '<form action="/search/"><input name="q"></form>',
      '<blockquote cite="/speeches/s/#p-16">',
      '<img srcset="/a.png 1x, /b.png 2x" alt="">',
    ].join('\n');
    expect(rewritePageAddresses(html, page, atRoot)).toMatchInlineSnapshot(`
      "<link rel="canonical" href="index.html">
      <meta http-equiv="refresh" content="0;url=../index.html">
      <a href="../index.html" class="x">案例</a>
      <script type="module" src='../../_astro/a.js'></script>
      <form action="../../search/index.html"><input name="q"></form>
      <blockquote cite="../../speeches/s/index.html#p-16">
      <img srcset="../../a.png 1x, ../../b.png 2x" alt="">"
    `);
  });

  test('text, comments, script and style bodies and data attributes stay byte for byte', () => {
    const html = [
      '<p title="a > b" data-codes="/qr/cases/a.json">写作 href="/cases/" 的文字</p>',
      '<!-- <a href="/cases/"> -->',
      '<script>const a = \'<a href="/cases/">\';</script>',
      '<style>a[href="/cases/"]{color:red}</style>',
      '<a title="x>y" href="/">首页</a>',
    ].join('\n');
    const out = rewritePageAddresses(html, page, atRoot);
    expect(out.split('\n').slice(0, 4)).toEqual(html.split('\n').slice(0, 4));
    expect(out.split('\n')[4]).toBe('<a title="x>y" href="../../index.html">首页</a>');
  });
});
