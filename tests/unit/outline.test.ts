import { describe, expect, test } from 'vitest';
import {
  headingsOf,
  paragraphsOf,
  passageText,
  readOutline,
  type OutlineItem,
} from '../../src/entries/outline.ts';

const outline: OutlineItem[] = [
  { kind: 'paragraph', id: 'p-1', n: 1, text: '同志们：' },
  { kind: 'heading', id: 'part-3', depth: 2, text: '三、第三部分' },
  { kind: 'paragraph', id: 'p-2', n: 2, text: '引言。' },
  { kind: 'heading', id: 'part-3-1', depth: 3, text: '（一）第一节' },
  { kind: 'paragraph', id: 'p-3', n: 3, text: '正文。' },
];

describe('paragraphsOf', () => {
  test('places each paragraph under its part and section', () => {
    const paragraphs = paragraphsOf(outline);
    expect(paragraphs.get('p-1')).toEqual({
      id: 'p-1',
      n: 1,
      text: '同志们：',
      locator: '第1段',
      part: undefined,
      section: undefined,
    });
    expect(paragraphs.get('p-2')?.part?.id).toBe('part-3');
    expect(paragraphs.get('p-2')?.section).toBeUndefined();
    expect(paragraphs.get('p-3')?.section).toEqual({ id: 'part-3-1', text: '（一）第一节' });
  });
});

describe('passageText', () => {
  const paragraphs = paragraphsOf(outline);
  const headings = headingsOf(outline);
  test.each([
    ['p-3', '正文。'],
    ['part-3-1', '（一）第一节\n正文。'],
    ['part-3', '三、第三部分\n引言。\n正文。'],
    ['p-9', undefined],
  ])('returns the text under %s', (anchor, text) => {
    expect(passageText(paragraphs, headings, anchor)).toBe(text);
  });
});

describe('readOutline', () => {
  test('returns an empty outline when the plugin left none', () => {
    expect(readOutline(undefined)).toEqual([]);
    expect(readOutline({ outline: 'nonsense' })).toEqual([]);
  });
});
