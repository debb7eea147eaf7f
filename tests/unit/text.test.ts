import { describe, expect, test } from 'vitest';
import { comparable, htmlToText, toFullWidthPunctuation } from '../../src/lib/text.ts';

describe('toFullWidthPunctuation', () => {
  test.each([
    ['同志们:今天,我们在这里', '同志们：今天，我们在这里'],
    ['区(县)、街道', '区（县）、街道'],
    ['比特色?这会', '比特色？这会'],
    ['很容易;没有', '很容易；没有'],
    ['共1,000人', '共1,000人'],
    ['时间 10:30 开会', '时间 10:30 开会'],
  ])('%s → %s', (input, output) => {
    expect(toFullWidthPunctuation(input)).toBe(output);
  });
});

describe('comparable', () => {
  test('ignores whitespace and half-width punctuation', () => {
    expect(comparable('一是 强化,组织\n领导')).toBe(comparable('一是强化，组织领导'));
  });
});

describe('htmlToText', () => {
  test('drops tags and decodes entities', () => {
    expect(htmlToText('<p>“党建+创城”&amp;<b>X</b>&#36;&#x4e00;</p>')).toBe('“党建+创城”&X$一');
  });
});
