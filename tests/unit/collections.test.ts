import { describe, expect, test, vi } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.ts';
import { mockCase, mockConcept, mockSite } from '../helpers/mock-entries.ts';

// The labels replaced: a module that spelt a collection's name itself would still show the real one.
vi.mock('../../src/common/collections.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/common/collections.ts')>();
  return { ...real, labelOf: (collection: string) => `〈${collection}〉` };
});

const { COLLECTIONS, contentFolder, isNumbered, NUMBERED_COLLECTIONS } =
  await import('../../src/common/collections.ts');
const { SCHEMAS } = await import('../../src/schemas/index.ts');
const { referenceResolvers } = await import('../../src/common/refs.ts');
const { buildKnowledgeBase } = await import('../../src/knowledge/knowledge-base.ts');
const { searchFilters } = await import('../../src/search/options.ts');
const { trailOf } = await import('../../src/routing/breadcrumbs.ts');
const { findMisplacedFiles } = await import('../../src/entries/content-files.ts');

describe('the collections table', () => {
  test('gives every collection a schema and a folder of entries', () => {
    expect(Object.keys(SCHEMAS)).toEqual([...COLLECTIONS]);
    for (const collection of COLLECTIONS)
      expect(existsSync(join(ROOT, contentFolder(collection))), collection).toBe(true);
  });

  test('numbers the paragraphs of speeches and cases only', () => {
    expect(NUMBERED_COLLECTIONS).toEqual(['speeches', 'cases']);
    expect(COLLECTIONS.filter(isNumbered)).toEqual(NUMBERED_COLLECTIONS);
  });
});

describe('labelOf', () => {
  const kb = () =>
    buildKnowledgeBase({
      speeches: [],
      cases: [mockCase('a', { concepts: ['大服务共享'], sites: ['测试社区'] })],
      concepts: [mockConcept('da-fuwu-gongxiang', '大服务共享', 1)],
      sites: [mockSite('ceshi-shequ', '测试社区')],
      glossary: [],
      includeDrafts: false,
      speechOutlines: new Map(),
      lastUpdated: new Map(),
    });

  test('names a collection in the search type filter', () => {
    expect(searchFilters(kb()).find((filter) => filter.name === 'type')?.values).toEqual(
      COLLECTIONS.map((collection) => `〈${collection}〉`),
    );
  });

  test('names a collection in breadcrumbs', () => {
    expect(trailOf(kb().cases[0]!).map((crumb) => crumb.label)).toContain('〈cases〉');
  });

  test('names a collection in the message for a reference that names nothing', () => {
    const resolvers = referenceResolvers({ concepts: [], sites: [], speeches: [] });
    expect(resolvers.sites.explain('测试')).toContain('〈sites〉');
  });
});

describe('findMisplacedFiles', () => {
  test('lists the collections from the table when a folder is unknown', () => {
    const root = mkdtempSync(join(tmpdir(), 'collections-'));
    mkdirSync(join(root, 'content', 'anli'), { recursive: true });
    expect(findMisplacedFiles(root)[0]?.message).toContain(COLLECTIONS.join('、'));
  });
});
