import { describe, expect, test } from 'vitest';
import {
  applyChanges,
  typography,
  typographyChanges,
  unpairedQuote,
} from '../../../src/common/typography.ts';

describe('typography', () => {
  test.each([
    // Half-width marks next to Chinese, as the source speech arrived.
    ['同志们:今天,我们在这里', '同志们：今天，我们在这里'],
    ['比特色?这会', '比特色？这会'],
    ['很容易;没有', '很容易；没有'],
    ['新局面作出新的更大贡献!', '新局面作出新的更大贡献！'],
    ['怎么办?!', '怎么办？！'],
    ['X两个示范点,X党总支作了介绍', 'X两个示范点，X党总支作了介绍'],
    ['用了Word,然后保存', '用了Word，然后保存'],
    // Parentheses, always as a pair.
    ['区(县)、街道', '区（县）、街道'],
    ['(一)为什么要加强', '（一）为什么要加强'],
    ['(1)加强组织领导', '（1）加强组织领导'],
    ['讲话(2022年)', '讲话（2022年）'],
    ['Windows (XP)系统', 'Windows（XP）系统'],
    ['GDP(国内生产总值)增长', 'GDP（国内生产总值）增长'],
    // Spaces around a mark made full-width.
    ['今天 , 我们', '今天，我们'],
    ['时间: 10:30 开会', '时间：10:30 开会'],
    // Straight quotes, paired in order.
    ['打造"X党旗红"核心品牌', '打造“X党旗红”核心品牌'],
    ['他说:"好",大家"同意"', '他说：“好”，大家“同意”'],
    ['使用 "Word" 软件', '使用“Word”软件'],
    ['怎样理解"大党建"?', '怎样理解“大党建”？'],
    ['他说:"Word"', '他说：“Word”'],
    // Spaces and invisible characters.
    ['\u3000\u3000城乡社区是家园', '城乡社区是家园'],
    ['城乡社区是家园\u3000', '城乡社区是家园'],
    ['基层\u00a0党建', '基层党建'],
    ['Hello\u00a0world', 'Hello world'],
    ['基层\u200b党建', '基层党建'],
    ['基\u00ad层\ufeff党建', '基层党建'],
  ])('%j becomes %j', (input, output) => {
    expect(typography(input)).toBe(output);
  });

  test.each([
    ['a number with a thousands separator', '共1,000人'],
    ['a time of day', '下午3:00开会'],
    ['a ratio', '比分3:2'],
    ['a decimal point', '增长3.5个百分点'],
    ['a full stop after Chinese, which could be 。 or 、', '一.概述'],
    ['Latin text', 'He said "yes", then (quietly) left: fine?'],
    ['a web address', '见https://example.org/a,b(c)?q=1:2'],
    ['a web address without a scheme', '网址www.example.org/x,y'],
    ['an e-mail address', '邮箱a,b@example.org'],
    ['a single quote', "X's 社区"],
    ['code-like calls beside full-width text', '＜script＞alert(123)＜/script＞'],
    ['a call in a Chinese sentence', '调用f(x)函数'],
    ['a full-width space inside a line', '第一条　总则'],
    ['an odd number of straight quotes', '他说"好,'.replace(',', '')],
  ])('leaves alone %s', (_, input) => {
    expect(typography(input)).toBe(input);
  });

  test('reports each change at its index, with its kind', () => {
    expect(typographyChanges('甲, 乙"丙"')).toMatchInlineSnapshot(`
      [
        {
          "from": ",",
          "index": 1,
          "kind": "punctuation",
          "to": "，",
        },
        {
          "from": " ",
          "index": 2,
          "kind": "space",
          "to": "",
        },
        {
          "from": """,
          "index": 4,
          "kind": "quote",
          "to": "“",
        },
        {
          "from": """,
          "index": 6,
          "kind": "quote",
          "to": "”",
        },
      ]
    `);
  });

  test('is idempotent', () => {
    const once = typography('\u3000今天 , 我们"开会"(一)?!\u00a0');
    expect(typography(once)).toBe(once);
    expect(typographyChanges(once)).toEqual([]);
  });

  test('applyChanges with no change returns the same text', () => {
    expect(applyChanges('同志们：', [])).toBe('同志们：');
  });
});

describe('unpairedQuote', () => {
  test('finds the last of an odd number of straight quotes in Chinese text', () => {
    expect(unpairedQuote('打造"X党旗红"核心"品牌')).toBe(10);
  });

  test.each([['打造"X党旗红"核心品牌'], ['He said "yes"'], ['a " b']])(
    'finds nothing in %j',
    (text) => {
      expect(unpairedQuote(text)).toBeUndefined();
    },
  );
});
