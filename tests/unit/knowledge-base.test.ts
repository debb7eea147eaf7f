import { describe, expect, test } from 'vitest';
import {
  BrokenReferencesError,
  buildKnowledgeBase,
  type KnowledgeBaseInput,
} from '../../src/knowledge/knowledge-base.ts';
import {
  mockCase,
  mockConcept,
  mockOutline,
  mockSite,
  mockSpeech,
} from '../helpers/mock-entries.ts';

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
    expect(() => buildKnowledgeBase(input())).toThrow(
      /content\/cases\/a\.mdx：字段 concepts 的值“大整合共享”有误/,
    );
  });

  test('under astro dev keeps the entry and drops only the broken reference', () => {
    const kb = buildKnowledgeBase(input({ tolerateBrokenReferences: true }));
    expect(
      kb.cases.map((item) => [
        item.id,
        item.concepts.map((concept) => concept.id),
        item.sites.map((site) => site.id),
      ]),
    ).toEqual([['a', ['da-fuwu-gongxiang'], ['ceshi-shequ']]]);
  });

  test('links a case to the paragraphs it quotes as if it cited them, each once and in text order', () => {
    const kb = buildKnowledgeBase(
      input({
        cases: [mockCase('a', { cites: [{ speech: 's', paragraphs: ['p-3'] }] }), mockCase('b')],
        speeches: [mockSpeech('s')],
        speechOutlines: new Map([['s', mockOutline(4)]]),
        caseQuotes: new Map([
          [
            'a',
            [
              { speech: 's', at: 'p-3' },
              { speech: 's', at: 'p-1' },
            ],
          ],
          ['b', [{ speech: 's', at: 'part-1' }]],
        ]),
      }),
    );
    const cited = (id: string) =>
      kb.cases
        .find((item) => item.id === id)!
        .citations.map((c) => [c.speech.id, c.paragraphs.map((p) => p.id)]);
    expect(cited('a')).toEqual([['s', ['p-1', 'p-3']]]);
    expect(cited('b')).toEqual([['s', ['p-1', 'p-2', 'p-3', 'p-4']]]);
  });

  test('sorts speeches by when they were given, an estimate by its year, undated last; never by the publication date', () => {
    const kb = buildKnowledgeBase(
      input({
        cases: [],
        speeches: [
          mockSpeech('later-reposted', {
            date: '约2019',
            dateBasis: '正文',
            published: '2022-06-27',
          }),
          mockSpeech('undated', { published: '2023-01-01' }),
          mockSpeech('dated', { date: '2020-03-01' }),
        ],
      }),
    );
    expect(kb.speeches.map((item) => item.id)).toEqual(['dated', 'later-reposted', 'undated']);
  });
});
