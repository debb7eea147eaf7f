import { describe, expect, test } from 'vitest';
import { ariaCurrent } from '../../src/routing/navigation.ts';

describe('ariaCurrent', () => {
  test.each([
    ['/cases/', '/cases/', 'page'],
    ['/cases/', '/cases/wanggehua/', 'true'],
    ['/cases/', '/sites/', undefined],
    ['/', '/', 'page'],
    ['/', '/cases/', undefined],
  ])('link %s on %s is %s', (href, current, expected) => {
    expect(ariaCurrent(href, current)).toBe(expected);
  });
});
