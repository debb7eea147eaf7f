import { describe, expect, test } from 'vitest';
import { renderEntryBody, type RenderInputs } from '../../src/entries/markdown/render-entry.ts';
import type { QuotableSpeech } from '../../src/entries/markdown/components/speech-quote.ts';
import { headingsOf, paragraphsOf, passageText } from '../../src/entries/outline.ts';

const speech: QuotableSpeech = {
  id: 'ceshi-jianghua',
  title: '测试讲话',
  paragraphs: new Map([
    [
      'p-2',
      {
        id: 'p-2',
        n: 2,
        text: '要大力推行区域化党建联盟，完善议事决策制度。',
        locator: '第一部分第2段',
      },
    ],
  ]),
  headings: new Map([['part-1', '一、第一部分']]),
  aliases: new Map(),
};
const inputs = (more: Partial<RenderInputs> = {}): RenderInputs => ({
  numbered: true,
  terms: [{ id: 'wanggehua', title: '网格化', forms: ['网格化'], summary: '把区域划分为网格。' }],
  speeches: [speech],
  file: 'content/cases/ceshi.mdx',
  ...more,
});

describe('renderEntryBody', () => {
  test('numbers headings and top-level paragraphs of a speech or case, with a self-linking number and a citation locator', () => {
    const { html } = renderEntryBody(
      ['同志们：', '## 一、第一部分', '### （一）第一节', '第一节正文。', '> 引文不编号。'].join(
        '\n\n',
      ),
      inputs({ terms: [] }),
    );
    expect(html).toMatchInlineSnapshot(`
      "<p id="p-1" class="para" data-cite="第1段"><a class="para-num" href="#p-1" aria-label="第1段" data-pagefind-ignore>1</a>同志们：</p>
      <h2 id="part-1">一、第一部分</h2>
      <h3 id="part-1-1">（一）第一节</h3>
      <p id="p-2" class="para" data-cite="第一部分（一）第2段"><a class="para-num" href="#p-2" aria-label="第2段" data-pagefind-ignore>2</a>第一节正文。</p>
      <blockquote>
      <p>引文不编号。</p>
      </blockquote>"
    `);
  });

  test('keeps published numbers as the speech declares: an added paragraph after the one before it, a retired number leading to its paragraph', () => {
    const { html, outline } = renderEntryBody(
      ['第一段。', '补录的一段。', '第三段，原来的第二段已并入。', '第四段。'].join('\n\n'),
      inputs({ terms: [], numbering: { inserted: ['p-1a'], retired: { 'p-2': 'p-3' } } }),
    );
    expect(html).toMatchInlineSnapshot(`
      "<p id="p-1" class="para" data-cite="第1段"><a class="para-num" href="#p-1" aria-label="第1段" data-pagefind-ignore>1</a>第一段。</p>
      <p id="p-1a" class="para" data-cite="第1a段"><a class="para-num" href="#p-1a" aria-label="第1a段" data-pagefind-ignore>1a</a>补录的一段。</p>
      <span id="p-2" class="para-alias" data-alias-of="p-3" aria-hidden="true"></span><p id="p-3" class="para" data-cite="第3段"><a class="para-num" href="#p-3" aria-label="第3段" data-pagefind-ignore>3</a>第三段，原来的第二段已并入。</p>
      <p id="p-4" class="para" data-cite="第4段"><a class="para-num" href="#p-4" aria-label="第4段" data-pagefind-ignore>4</a>第四段。</p>"
    `);
    expect(outline.filter((item) => item.kind === 'alias')).toEqual([
      { kind: 'alias', id: 'p-2', of: 'p-3' },
    ]);
  });

  test('*** after the numbered parts ends the last one: the closing is cited as 结束语, under no part', () => {
    const body = [
      '同志们：',
      '## 一、第一部分',
      '### 一是第一点',
      '第一点正文。',
      '***',
      '同志们，结束语。',
    ].join('\n\n');
    const { outline, html } = renderEntryBody(body, inputs({ terms: [] }));
    const paragraphs = paragraphsOf(outline);
    expect(
      [...paragraphs.values()].map((p) => [p.id, p.locator, p.part?.id, p.section?.id]),
    ).toEqual([
      ['p-1', '第1段', undefined, undefined],
      ['p-2', '第一部分“一是第一点”第2段', 'part-1', 'part-1-1'],
      ['p-3', '结束语第3段', undefined, undefined],
    ]);
    expect(passageText(paragraphs, headingsOf(outline), 'part-1')).not.toContain('结束语');
    expect(html).toContain('<hr class="closing-break">');
  });

  test('*** in an entry without numbered parts is only a rule', () => {
    const { outline } = renderEntryBody(
      ['## 做法', '第一段。', '***', '第二段。'].join('\n\n'),
      inputs({ terms: [] }),
    );
    expect([...paragraphsOf(outline).values()].map((p) => p.locator)).toEqual([
      '“做法”部分第1段',
      '“做法”部分第2段',
    ]);
  });

  test('reports what it quotes, so the quoted paragraph can list the entry', () => {
    const { quotes } = renderEntryBody(
      '<SpeechQuote speech="ceshi-jianghua" at="p-2">要大力推行区域化党建联盟，完善议事决策制度。</SpeechQuote>',
      inputs({ terms: [] }),
    );
    expect(quotes).toEqual([{ speech: 'ceshi-jianghua', at: 'p-2' }]);
  });

  test('reports the outline for citing and the headings for the table of contents', () => {
    const { outline, headings } = renderEntryBody(
      '同志们：\n\n## 一、第一部分\n\n### （一）第一节\n\n正文。',
      inputs({ terms: [] }),
    );
    expect(outline.map((item) => ('id' in item ? item.id : item.kind))).toEqual([
      'p-1',
      'part-1',
      'part-1-1',
      'p-2',
    ]);
    expect(headings).toEqual([
      { depth: 2, slug: 'part-1', text: '一、第一部分' },
      { depth: 3, slug: 'part-1-1', text: '（一）第一节' },
    ]);
  });

  test('leaves paragraphs of concepts, sites and glossary terms unnumbered but gives headings ASCII ids', () => {
    expect(renderEntryBody('## 背景\n\n正文。', inputs({ numbered: false, terms: [] })).html)
      .toMatchInlineSnapshot(`
      "<h2 id="background">背景</h2>
      <p>正文。</p>"
    `);
  });

  test('links the first use of a glossary term to a popover with its definition, and only the first', () => {
    const { html } = renderEntryBody(
      '## 网格化\n\n推进网格化服务。再说网格化。',
      inputs({ numbered: false }),
    );
    expect(html).toMatchInlineSnapshot(`
      "<h2 id="sec-1">网格化</h2>
      <p>推进<button type="button" class="term" popovertarget="term-wanggehua" title="“网格化”的释义">网格化</button>服务。再说网格化。</p><div id="term-wanggehua" popover="auto" class="term-popover" data-pagefind-ignore role="note" aria-label="术语：网格化"><p><strong>网格化</strong>：把区域划分为网格。</p><p><a href="/glossary/wanggehua/">查看“网格化”词条</a></p></div>"
    `);
  });

  test('expands the author components into plain HTML: a quotation checked against the speech, a note, a figure', () => {
    const body = [
      '<SpeechQuote speech="测试讲话" at="p-2">',
      '要大力推行区域化党建联盟',
      '</SpeechQuote>',
      '',
      '<Note>补充。</Note>',
      '',
      '<Figure caption="示意图">',
      '',
      '![示意图](../images/shiyi.png)',
      '',
      '</Figure>',
    ].join('\n');
    const { html, imagePaths } = renderEntryBody(body, inputs({ terms: [] }));
    expect(html).toContain(
      '<blockquote cite="/speeches/ceshi-jianghua/#p-2" class="font-serif text-[1.05em]"><p>要大力推行区域化党建联盟</p></blockquote>',
    );
    // Captioned as 复制引用 cites the paragraph: where it sits and the number beside it.
    expect(html).toContain(
      '——<a href="/speeches/ceshi-jianghua/#p-2">《测试讲话》第一部分第2段</a>',
    );
    expect(html).toContain(
      '<aside class="my-4 rounded border border-line bg-tint px-4 py-3" aria-label="说明"><p class="font-bold">说明</p><div class="mt-1">补充。</div></aside>',
    );
    // Astro turns this mark into an optimised image when the page renders.
    expect(html).toContain(
      '<img __ASTRO_IMAGE_="{&#x22;alt&#x22;:&#x22;示意图&#x22;,&#x22;src&#x22;:&#x22;../images/shiyi.png&#x22;,&#x22;index&#x22;:0}">',
    );
    expect(html).toContain('<figcaption class="mt-2 text-sm text-muted">示意图</figcaption>');
    expect(imagePaths).toEqual(['../images/shiyi.png']);
  });

  test.each([
    '![图](https://example.com/a.png)',
    '![图](//example.com/a.png)',
    '![图][r]\n\n[r]: /images/a.png',
    '![图](%E0%A4%A.png)',
  ])("stops at an image that is not a file of the entry's own: %s", (body) => {
    expect(() => renderEntryBody(body, inputs())).toThrow(
      /^content\/cases\/ceshi\.mdx：图片“.+”不是 content\/images\/ 里的文件，不能发布。$/,
    );
  });

  test('refuses a reworded quotation, naming the file and the speech', () => {
    expect(() =>
      renderEntryBody(
        '<SpeechQuote speech="ceshi-jianghua" at="p-2">\n大力推行党建联盟\n</SpeechQuote>',
        inputs(),
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/cases/ceshi.mdx 中的 <SpeechQuote speech="ceshi-jianghua" at="p-2">：引文与讲话原文不一致：引文第 5 个字是“党”，原文（《测试讲话》第 2 段第 6 个字）是“区”。引文 “大力推行【党】建联盟”，原文 “要大力推行【区】域化党建联”。请从讲话页面复制原文。]`,
    );
  });

  test('renders a quotation cut with …… as written, the ellipsis kept, and still refuses one reworded beside it', () => {
    const { html } = renderEntryBody(
      '<SpeechQuote speech="ceshi-jianghua" at="p-2">……推行区域化党建联盟……</SpeechQuote>',
      inputs({ terms: [] }),
    );
    expect(html).toContain(
      '<blockquote cite="/speeches/ceshi-jianghua/#p-2" class="font-serif text-[1.05em]">',
    );
    expect(html).toContain('……推行区域化党建联盟……</blockquote>');
    expect(() =>
      renderEntryBody(
        '<SpeechQuote speech="ceshi-jianghua" at="p-2">……推行区域化党建联合……</SpeechQuote>',
        inputs(),
      ),
    ).toThrow(/引文与讲话原文不一致：引文第 11 个字是“合”/);
  });

  test('puts pasted punctuation and spaces in their one right form, but never code, a link target or an attribute', () => {
    const { html, outline } = renderEntryBody(
      [
        '## (一)打造"X党旗红"品牌',
        '\u3000\u3000居民议事,见[通知(2019)](https://example.org/a,b?x=1:2)。命令 `a,b` 照写;比分3:2。',
        '<Note title="提示:注意">要点:先议后办。</Note>',
        '| 做法 | 说明 |\n| --- | --- |\n| 议事 | 请"X"商议 |',
        '- 第一项,\u00a0然后',
      ].join('\n\n'),
      inputs({ terms: [], numbered: false }),
    );
    expect(html).toMatchInlineSnapshot(`
      "<h2 id="sec-1">（一）打造“X党旗红”品牌</h2>
      <p>居民议事，见<a href="https://example.org/a,b?x=1:2">通知（2019）</a>。命令 <code>a,b</code> 照写；比分3:2。</p>
      <aside class="my-4 rounded border border-line bg-tint px-4 py-3" aria-label="提示:注意"><p class="font-bold">提示:注意</p><div class="mt-1">要点：先议后办。</div></aside>
      <table>
      <thead>
      <tr>
      <th>做法</th>
      <th>说明</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>议事</td>
      <td>请“X”商议</td>
      </tr>
      </tbody>
      </table>
      <ul>
      <li>第一项，然后</li>
      </ul>"
    `);
    expect(outline.map((item) => ('text' in item ? item.text : item.kind))).toMatchInlineSnapshot(`
      [
        "（一）打造“X党旗红”品牌",
      ]
    `);
  });

  test('refuses any component other than the three, so nothing else can reach a page', () => {
    expect(() =>
      renderEntryBody('<Script>x</Script>', inputs()),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/cases/ceshi.mdx：不能使用 <Script>。可用的组件：SpeechQuote、Note、Figure。]`,
    );
    expect(() => renderEntryBody('正文<span>x</span>', inputs())).toThrow('不能使用 <span>');
    for (const code of ['{alert(1)}', 'import x from "y"', '文字 {1 + 1} 文字']) {
      expect(() => renderEntryBody(code, inputs()), code).toThrow(
        '正文里不能有 import、export 或 {…}',
      );
    }
  });
});

describe('<SpeechQuote speech>', () => {
  const quote = (ref: string) =>
    renderEntryBody(
      `<SpeechQuote speech="${ref}" at="p-2">要大力推行区域化党建联盟，完善议事决策制度。</SpeechQuote>`,
      inputs({ terms: [] }),
    ).quotes;

  test('names a speech as frontmatter does: by id, or by its title written with other quotation marks or spacing', () => {
    expect(quote('ceshi-jianghua')).toEqual([{ speech: 'ceshi-jianghua', at: 'p-2' }]);
    expect(quote('测试 讲话')).toEqual([{ speech: 'ceshi-jianghua', at: 'p-2' }]);
  });

  test('that names nothing is explained as a frontmatter reference is, with the nearest title', () => {
    expect(() => quote('测试讲活')).toThrow(/找不到名为“测试讲活”的讲话。是否想写“测试讲话”？/);
  });
});
