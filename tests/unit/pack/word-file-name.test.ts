import { expect, test } from 'vitest';
import { wordFileName } from '../../../src/client/pack/word.ts';

test('a Word file is named by its 学习单 title, with the characters Windows refuses replaced', () => {
  expect(wordFileName('第一期：社区治理专题')).toBe('第一期：社区治理专题.docx');
  expect(wordFileName('党建/治理 "专题"? <1>')).toBe('党建_治理 _专题__ _1_.docx');
  expect(wordFileName('  ')).toBe('学习单.docx');
});
