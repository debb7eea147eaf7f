import { describe, expect, test } from 'vitest';
import { BrokenReferencesError, buildKnowledgeBase, type KnowledgeBaseInput } from '../../src/lib/knowledge-base.ts';
import { mockCase, mockConcept, mockSite } from '../helpers/mock-entries.ts';

const input = (overrides: Partial<KnowledgeBaseInput> = {}): KnowledgeBaseInput => ({
  speeches: [],
  cases: [mockCase('a', { concepts: ['大服务共享', '大整合共享'], sites: ['测试社区'] })],
  concepts: [mockConcept('da-fuwu-gongxiang', '大服务共享', 1)],
  sites: [mockSite('ceshi-shequ', '测试社区')],
  glossary: [],
  includeDrafts: false,
  speechOutlines: new Map(),
  lastUpdated: new Map(),
  ...overrides,
});

describe('buildKnowledgeBase', () => {
  test('throws on a reference that names nothing, naming the file, the field and the value', () => {
    expect(() => buildKnowledgeBase(input())).toThrow(BrokenReferencesError);
    expect(() => buildKnowledgeBase(input())).toThrow(/content\/cases\/a\.mdx：字段 concepts 的值“大整合共享”有误/);
  });

  test('under astro dev keeps the entry and drops only the broken reference', () => {
    const kb = buildKnowledgeBase(input({ tolerateBrokenReferences: true }));
    expect(kb.cases.map((item) => [item.id, item.concepts.map((concept) => concept.id), item.sites.map((site) => site.id)])).toEqual([['a', ['da-fuwu-gongxiang'], ['ceshi-shequ']]]);
  });
});
