import { describe, expect, test } from 'vitest';
import { containsVerbatim, passageFor } from '../../../src/client/search/excerpt.ts';
import { indexContent } from '../../../src/common/search/tokens.ts';

const text = [
  '网格化服务中心与党建信息化',
  '背景',
  '讲话指出，本市社区服务精细化、信息化水平还有待提高。',
  '做法',
  '讲话提出：“要以智慧城市建设为契机，建立健全网格化服务中心，推进城市基层党建信息化建设。”',
].join('\n');
const content = indexContent(text).replaceAll('\u200b', '');
const anchors = `background:14,p-1:17,practice:45,p-2:48`;

describe('passageFor', () => {
  test('cuts the passage from the first paragraph that holds the phrase, marks it, and names that paragraph', () => {
    expect(passageFor(content, ['智慧城市'], anchors)).toMatchInlineSnapshot(`
      {
        "anchor": "p-2",
        "html": "讲话提出：“要以<mark>智慧城市</mark>建设为契机，建立健全网格化服务中心，推进城市基层党建信息化建设。”",
      }
    `);
  });

  test('matches across punctuation the way the index does, and marks every word of a looser search', () => {
    expect(passageFor(content, ['精细化信息化', '社区'], anchors).html).toMatchInlineSnapshot(
      `"讲话指出，本市<mark>社区</mark>服务<mark>精细化、信息化</mark>水平还有待提高。"`,
    );
  });

  test('makes one mark of words that overlap, the longer kept whole, whichever the query names first', () => {
    for (const words of [
      ['网格', '网格化服务中心'],
      ['网格化服务中心', '网格'],
    ])
      expect(passageFor(content, words, anchors).html).toMatchInlineSnapshot(
        `"<mark>网格化服务中心</mark>与党建信息化"`,
      );
    expect(passageFor(content, ['智慧城市', '城市建设'], anchors).html).toContain(
      '<mark>智慧城市建设</mark>',
    );
  });

  test('links a match in the title to the top of the page', () => {
    expect(passageFor(content, ['网格化服务中心'], anchors).anchor).toBeUndefined();
  });

  test('never repeats the title: a match in the title and the text shows the text', () => {
    const title = '网格化服务中心与党建信息化';
    expect(passageFor(content, ['网格化服务中心'], anchors, title)).toMatchObject({
      anchor: 'p-2',
      html: expect.stringContaining('建立健全<mark>网格化服务中心</mark>'),
    });
  });

  test('shows the opening of the text, unmarked, for a match in the title only', () => {
    expect(passageFor(content, ['与党建'], anchors, '网格化服务中心与党建信息化')).toEqual({
      html: '讲话指出，本市社区服务精细化、信息化水平还有待提高。',
    });
  });

  test('escapes the page text', () => {
    expect(passageFor('a<b>社区</b>', ['社区']).html).toBe('a&lt;b&gt;<mark>社区</mark>&lt;/b&gt;');
  });
});

describe('containsVerbatim', () => {
  test('requires the punctuation of the query too', () => {
    expect(containsVerbatim('讲话要求“党建+创城”。', '“党建+创城”')).toBe(true);
    expect(containsVerbatim('讲话要求党建+创城。', '“党建+创城”')).toBe(false);
  });
});
