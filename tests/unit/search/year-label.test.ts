import { describe, expect, test } from 'vitest';
import { yearLabel } from '../../../src/search/options.ts';

const date = (value: string, approximate = false) => ({ value, approximate });

describe('yearLabel', () => {
  test.each([
    ['an estimate only', [date('2019', true)], '约2019年'],
    ['stated dates only', [date('2019-05'), date('2019-06-01')], '2019年'],
    ['both', [date('2019', true), date('2019-05-20')], '2019年（含约数）'],
    ['an estimate in another year', [date('2019-05'), date('2020', true)], '2019年'],
  ])('names a year with %s', (_, dates, label) => {
    expect(yearLabel('2019', dates)).toBe(label);
  });
});
