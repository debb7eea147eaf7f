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

  test('keeps background paragraphs apart: listed under casesByBackground, never promoted by a quotation, and cited ones win', () => {
    const speech = mockSpeech('s', { title: '测试讲话' });
    const kb = buildKnowledgeBase(
      input({
        cases: [
          mockCase('a', {
            cites: [{ speech: 's', paragraphs: ['p-3'], background: ['p-1', 'p-2'] }],
          }),
          // The speech written once by its id and once by its title: p-2 cited in one, background in the other.
          mockCase('b', {
            cites: [
              { speech: 's', paragraphs: ['p-2'] },
              { speech: '测试讲话', background: ['p-2', 'p-4'] },
            ],
          }),
        ],
        speeches: [speech],
        speechOutlines: new Map([['s', mockOutline(4)]]),
        caseQuotes: new Map([['a', [{ speech: 's', at: 'p-1' }]]]),
      }),
    );
    const roles = (id: string) =>
      kb.cases
        .find((item) => item.id === id)!
        .citations.map((c) => [c.paragraphs.map((p) => p.id), c.background.map((p) => p.id)]);
    expect(roles('a')).toEqual([[['p-3'], ['p-1', 'p-2']]]);
    expect(roles('b')).toEqual([[['p-2'], ['p-4']]]);
    const ids = (map: Map<string, Array<{ id: string }>>, key: string) =>
      (map.get(key) ?? []).map((item) => item.id);
    expect(ids(kb.casesByParagraph, 's#p-1')).toEqual([]);
    expect(ids(kb.casesByBackground, 's#p-1')).toEqual(['a']);
    expect(ids(kb.casesByParagraph, 's#p-2')).toEqual(['b']);
    expect(ids(kb.casesByBackground, 's#p-2')).toEqual(['a']);
  });

  test('a background paragraph the speech does not have is a broken reference', () => {
    expect(() =>
      buildKnowledgeBase(
        input({
          cases: [mockCase('a', { cites: [{ speech: 's', background: ['p-9'] }] })],
          speeches: [mockSpeech('s')],
          speechOutlines: new Map([['s', mockOutline(4)]]),
        }),
      ),
    ).toThrow(/content\/cases\/a\.mdx：字段 cites\.background 的值“p-9”有误/);
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
