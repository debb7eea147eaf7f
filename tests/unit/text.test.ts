import { describe, expect, test } from 'vitest';
import { toFullWidthPunctuation } from '../../src/lib/text.ts';

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
