import { describe, expect, test } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../src/common/chinese-numerals.ts';

describe('parseChineseNumeral', () => {
  test.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
  ])('reads %s as %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  test.each(['', '零', '一一', '十十', '百', '1', '二三'])('returns undefined for %j', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});

describe('toChineseNumeral', () => {
  test('round-trips every number from 1 to 99', () => {
    for (let n = 1; n <= 99; n += 1) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  test('refuses numbers it cannot write', () => {
    expect(() => toChineseNumeral(100)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: 无法写成中文序号：100]`,
    );
  });
});
