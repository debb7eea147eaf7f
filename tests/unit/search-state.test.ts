import { describe, expect, test } from 'vitest';
import {
  hasSearch,
  pagefindFilters,
  readSearchState,
  writeSearchState,
} from '../../src/client/search/state.ts';

describe('readSearchState', () => {
  test('reads the query and known filters from the URL', () => {
    expect(
      readSearchState('?q=%E5%9B%9B%E6%89%80%E5%90%88%E4%B8%80&type=%E6%A1%88%E4%BE%8B&x=1'),
    ).toEqual({
      q: '四所合一',
      filters: { type: '案例' },
    });
  });

  test('treats blank values as absent', () => {
    expect(readSearchState('?q=+&concept=')).toEqual({ q: '', filters: {} });
  });
});

describe('writeSearchState', () => {
  test('round-trips through the URL', () => {
    const state = { q: '大服务共享', filters: { type: '案例', year: '2022' } };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  test('writes nothing for an empty search', () => {
    expect(writeSearchState({ q: '', filters: {} })).toBe('');
  });
});

describe('hasSearch and pagefindFilters', () => {
  test('a filter alone is a search, in the shape Pagefind takes', () => {
    const state = { q: '', filters: { level: '乡镇' } };
    expect(hasSearch(state)).toBe(true);
    expect(pagefindFilters(state)).toEqual({ level: ['乡镇'] });
  });
});
