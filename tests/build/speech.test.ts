import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../helpers/dist.ts';
import { SITE_DIST, ROOT } from '../helpers/paths.ts';
import { sourceSentences } from '../helpers/source-speech.ts';
import { typography } from '../../src/common/typography.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const page = readPage(SITE_DIST, SPEECH);
const prose = page.querySelector('.prose')!;
/** The page body with the paragraph numbers taken out. */
const bodyText = (() => {
  const copy = prose.clone() as typeof prose;
  // Paragraph numbers, glossary definitions (popovers) and the cases listed under paragraphs are not the speech’s words.
  for (const added of copy.querySelectorAll(
    '.para-num, [popover], .related-cases, .background-cases',
  ))
    added.remove();
  return copy.text.replace(/\s+/g, '');
})();

describe('the speech page', () => {
  test('holds every sentence of the source body, in order, with full-width punctuation restored', () => {
    const sentences = sourceSentences().map((sentence) => typography(sentence).replace(/\s+/g, ''));
    expect(sentences.length).toBeGreaterThan(80);
    let from = 0;
    const missing: string[] = [];
    for (const sentence of sentences) {
      const at = bodyText.indexOf(sentence, from);
      if (at < 0) missing.push(sentence);
      else from = at + sentence.length;
    }
    expect(missing).toEqual([]);
  });

  test("keeps the source's X placeholders and drops the web page boilerplate", () => {
    const source = readFileSync(join(ROOT, 'tests/fixtures/source/speech-2022-06-27.txt'), 'utf8');
    const sourceXs = source
      .slice(source.indexOf('同志们:'), source.indexOf('推荐访问'))
      .match(/X/g)!.length;
    expect(bodyText.match(/X/g)?.length).toBe(sourceXs);
    for (const boilerplate of ['小编', '推荐访问', '网友投稿', '供大家参考'])
      expect(bodyText).not.toContain(boilerplate);
  });

  test('has the four parts as h2 part-1 … part-4, each heading its numbered text', () => {
    const parts = prose.querySelectorAll('h2');
    expect(parts.map((h2) => h2.id)).toEqual(['part-1', 'part-2', 'part-3', 'part-4']);
    expect(parts.map((h2) => h2.text.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
  });

  test('has each （一） section and 一是 point as an h3 part-N-M under its part', () => {
    const sections = prose.querySelectorAll('h3').map((h3) => [h3.id, h3.text.slice(0, 3)]);
    expect(sections).toEqual([
      ['part-1-1', '（一）'],
      ['part-1-2', '（二）'],
      ['part-1-3', '（三）'],
      ['part-2-1', '（一）'],
      ['part-2-2', '（二）'],
      ['part-2-3', '（三）'],
      ['part-2-4', '（四）'],
      ['part-2-5', '（五）'],
      ['part-3-1', '（一）'],
      ['part-3-2', '（二）'],
      ['part-3-3', '（三）'],
      ['part-3-4', '（四）'],
      ['part-4-1', '一是强'],
      ['part-4-2', '二是强'],
      ['part-4-3', '三是强'],
      ['part-4-4', '四是强'],
    ]);
  });

  test('gives every body paragraph an id p-1, p-2, … in order and a visible number linking to itself', () => {
    const paragraphs = prose.querySelectorAll(':scope > p');
    expect(paragraphs.length).toBe(21);
    paragraphs.forEach((paragraph, index) => {
      const id = `p-${index + 1}`;
      expect(paragraph.id).toBe(id);
      const number = paragraph.querySelector('a.para-num');
      expect(number?.getAttribute('href')).toBe(`#${id}`);
      expect(number?.text).toBe(String(index + 1));
    });
  });

  test('its data file names every paragraph as the page cites it, by the number beside it', () => {
    const data = JSON.parse(
      readFileSync(
        join(SITE_DIST, 'data/speeches/shequ-zhili-dangjian-tuijinhui-2022.json'),
        'utf8',
      ),
    ) as { paragraphs: Array<{ id: string; locator: string }> };
    const cited = prose
      .querySelectorAll(':scope > p.para')
      .map((paragraph) => ({ id: paragraph.id, locator: paragraph.getAttribute('data-cite') }));
    expect(data.paragraphs.map(({ id, locator }) => ({ id, locator }))).toEqual(cited);
    expect(cited.filter(({ id }) => ['p-14', 'p-18', 'p-21'].includes(id))).toEqual([
      { id: 'p-14', locator: '第三部分（二）第14段' },
      { id: 'p-18', locator: '第四部分“二是强化改革创新”第18段' },
      { id: 'p-21', locator: '结束语第21段' },
    ]);
  });

  test('has a table of contents that follows the numbering', () => {
    const toc = page
      .querySelectorAll('nav[aria-label="目录"] a')
      .map((link) => link.getAttribute('href'));
    const headings = prose.querySelectorAll('h2, h3').map((heading) => `#${heading.id}`);
    expect(toc).toEqual(headings);
  });
});
