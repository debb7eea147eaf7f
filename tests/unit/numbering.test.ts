import { describe, expect, test } from 'vitest';
import { AnchorCounter, parseHeadingNumber } from '../../src/common/numbering.ts';

describe('parseHeadingNumber', () => {
  test.each([
    ['一、提高政治站位', { kind: 'part', n: 1, marker: '一、' }],
    ['四、加强组织领导', { kind: 'part', n: 4, marker: '四、' }],
    ['（二）运用好基层创新这个重要法宝', { kind: 'section', n: 2, marker: '（二）' }],
    ['(三)半角括号也认', { kind: 'section', n: 3, marker: '(三)' }],
    ['十一、第十一部分', { kind: 'part', n: 11, marker: '十一、' }],
    ['一是强化组织领导', { kind: 'point', n: 1, marker: '一是' }],
  ])('recognises %s', (text, expected) => {
    expect(parseHeadingNumber(text)).toEqual(expected);
  });

  test.each(['背景', '一体化推进', '大党建共建', '（甲）不是序号', ''])(
    'returns undefined for %j',
    (text) => {
      expect(parseHeadingNumber(text)).toBeUndefined();
    },
  );
});

describe('AnchorCounter', () => {
  test('numbers parts, their sections and points, and paragraphs in document order', () => {
    const counter = new AnchorCounter();
    const ids = [
      counter.paragraph().id,
      counter.heading(2, '一、第一部分'),
      counter.heading(3, '（一）第一节'),
      counter.paragraph().id,
      counter.heading(3, '（二）第二节'),
      counter.heading(2, '四、第四部分'),
      counter.heading(3, '一是第一点'),
      counter.heading(3, '二是第二点'),
      counter.paragraph().id,
    ];
    expect(ids).toEqual([
      'p-1',
      'part-1',
      'part-1-1',
      'p-2',
      'part-1-2',
      'part-4',
      'part-4-1',
      'part-4-2',
      'p-3',
    ]);
  });

  test('gives case headings fixed English anchors and anything else sec-N', () => {
    const counter = new AnchorCounter();
    const ids = ['背景', '做法', '成效', '经验启示', '其他说明'].map((text) =>
      counter.heading(2, text),
    );
    expect(ids).toEqual(['background', 'practice', 'results', 'lessons', 'sec-1']);
  });

  test('never repeats an anchor', () => {
    const counter = new AnchorCounter();
    expect([
      counter.heading(2, '做法'),
      counter.heading(2, '做法'),
      counter.heading(3, '（一）无部分的小节'),
    ]).toEqual(['practice', 'sec-1', 'sec-2']);
  });
});
