import { describe, expect, test } from 'vitest';
import {
  comparableText,
  indexContent,
  phraseQuery,
  plainText,
  tokensOf,
  WORD_BREAK,
  BLOCK_BREAK,
} from '../../../src/common/search/tokens.ts';

describe('tokensOf', () => {
  test.each([
    ['大整合共治', ['大', '整', '合', '共', '治']],
    ['“党建+创城”', ['党', '建', '+', '创', '城']],
    ['X党旗红', ['x', '党', '旗', '红']],
    ['不少于500平方米', ['不', '少', '于', '500', '平', '方', '米']],
    ['ABC 社区，治理。', ['abc', '社', '区', '治', '理']],
    ['，。！', []],
  ])('cuts %j into %j', (text, tokens) => {
    expect(tokensOf(text)).toEqual(tokens);
  });
});

describe('indexContent and plainText', () => {
  test('break every token for the index and read back to the same text', () => {
    const text = '背景\n讲话要求“党建+创城”，共 500 人。';
    const content = indexContent(text);
    expect(content.split(WORD_BREAK).slice(0, 4)).toEqual(['背', '景', BLOCK_BREAK, '讲']);
    expect(plainText(content)).toBe(text);
  });
});

describe('phraseQuery', () => {
  test.each([
    ['大整合共治', '"大 整 合 共 治"'],
    ['  党建+创城 ', '"党 建 + 创 城"'],
    ['网格 党建', '"网 格 党 建"'],
    ['，。', ''],
  ])('%j → %j', (query, phrase) => {
    expect(phraseQuery(query)).toBe(phrase);
  });
});

describe('comparableText', () => {
  test('keeps tokens only, so punctuation never decides a match', () => {
    expect(comparableText('大整合，共治')).toBe(comparableText('大整合共治'));
  });
});
