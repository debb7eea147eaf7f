import { describe, expect, test } from 'vitest';
import { pageParam, pageWindow, paginate } from '../../src/routing/pagination.ts';

describe('pageWindow', () => {
  test.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 20, [1, 2, 3, 'gap', 20]],
    [7, 20, [1, 'gap', 5, 6, 7, 8, 9, 'gap', 20]],
    [20, 20, [1, 'gap', 18, 19, 20]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('page %i of %i shows %j', (current, last, expected) => {
    expect(pageWindow(current, last)).toEqual(expected);
  });

  test('stays the same size however many pages there are', () => {
    expect(pageWindow(250, 500).length).toBe(pageWindow(25, 50).length);
  });
});

describe('paginate', () => {
  test('splits into pages of the given size', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  test('gives one empty page for no items, so every list has a first page', () => {
    expect(paginate([], 20)).toEqual([[]]);
  });
});

describe('pageParam', () => {
  test('has no parameter for page 1 and the number after', () => {
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, '2']);
  });
});
