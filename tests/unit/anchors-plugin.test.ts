import { describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { anchorsPlugin } from '../../src/markdown/anchors-plugin.ts';
import { readOutline } from '../../src/lib/outline.ts';

const plugin = anchorsPlugin({ numberedFolders: ['content/speeches'] });

async function render(markdown: string, file: string) {
  const data = {
    astro: { frontmatter: {} as Record<string, unknown>, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() },
  };
  const result = await markdownToHtml(markdown, { hastPlugins: [plugin], fileURL: pathToFileURL(file), data });
  return { html: result.html, outline: readOutline((result.data as typeof data).astro.frontmatter) };
}

const speech = ['同志们：', '## 一、第一部分', '### （一）第一节', '第一节正文。', '> 引文不编号。'].join('\n\n');

describe('anchorsPlugin', () => {
  test('numbers headings and top-level paragraphs of a speech, with a self-linking number', async () => {
    const { html } = await render(speech, '/site/content/speeches/a.mdx');
    expect(html).toMatchInlineSnapshot(`
      "<p id="p-1" class="para" data-cite="第1段"><a class="para-num" href="#p-1" aria-label="第 1 段" data-pagefind-ignore="">1</a>同志们：</p>
      <h2 id="part-1">一、第一部分</h2>
      <h3 id="part-1-1">（一）第一节</h3>
      <p id="p-2" class="para" data-cite="第一部分（一）第1段"><a class="para-num" href="#p-2" aria-label="第 2 段" data-pagefind-ignore="">2</a>第一节正文。</p>
      <blockquote>
      <p>引文不编号。</p>
      </blockquote>
      "
    `);
  });

  test('reports the outline for citing', async () => {
    const { outline } = await render(speech, '/site/content/speeches/a.mdx');
    expect(outline.map((item) => item.id)).toEqual(['p-1', 'part-1', 'part-1-1', 'p-2']);
  });

  test('leaves paragraphs of other collections unnumbered but still gives headings ASCII ids', async () => {
    const { html } = await render('## 背景\n\n正文。', '/site/content/concepts/a.mdx');
    expect(html).toMatchInlineSnapshot(`
      "<h2 id="background">背景</h2>
      <p>正文。</p>
      "
    `);
  });
});
