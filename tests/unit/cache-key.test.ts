import { afterEach, describe, expect, test, vi } from 'vitest';
import { cacheKeyOf } from '../../src/routing/cache-key.ts';
import { mockCase } from '../helpers/mock-entries.ts';

const item = (digest: string, title = '案例') => {
  const entry = { ...mockCase('a', { title }), digest };
  return {
    collection: 'cases',
    id: 'a',
    url: '/cases/a/',
    file: 'content/cases/a.mdx',
    data: entry.data,
    entry,
    updated: '2026-11-01',
    concepts: [],
    sites: [],
    citations: [],
  };
};

afterEach(() => vi.useRealTimers());

describe('cacheKeyOf', () => {
  test('does not change by itself from one day to the next, so an unchanged page is kept', () => {
    vi.useFakeTimers({ now: new Date('2026-11-29T23:59:00Z') });
    const today = cacheKeyOf({ item: item('d1'), page: 1 });
    vi.setSystemTime(new Date('2026-11-30T00:01:00Z'));
    expect(cacheKeyOf({ item: item('d1'), page: 1 })).toBe(today);
  });

  test('changes when an entry the page shows is stored with another digest, or a plain prop changes', () => {
    const key = cacheKeyOf({ item: item('d1'), page: 1 });
    expect(cacheKeyOf({ item: item('d2'), page: 1 })).not.toBe(key);
    expect(cacheKeyOf({ item: item('d1'), page: 2 })).not.toBe(key);
  });
});
