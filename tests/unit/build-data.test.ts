import { describe, expect, test } from 'vitest';
import { buildData } from '../../src/postbuild/build-data.ts';
import { buildKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import {
  mockCase,
  mockConcept,
  mockOutline,
  mockSite,
  mockSpeech,
} from '../helpers/mock-entries.ts';

const kb = buildKnowledgeBase({
  speeches: [mockSpeech('s', { date: '约2019', dateBasis: '依据' })],
  cases: [mockCase('c', { concepts: ['大服务共享'], sites: ['测试社区'] })],
  concepts: [mockConcept('da-fuwu-gongxiang', '大服务共享', 1)],
  sites: [mockSite('ceshi-shequ', '测试社区')],
  glossary: [],
  includeDrafts: false,
  speechOutlines: new Map([['s', mockOutline(3)]]),
  caseOutlines: new Map([['c', mockOutline(2)]]),
  lastUpdated: new Map(),
});
const data = buildData(kb, new URL('http://intranet.example/'));

describe('buildData', () => {
  test('files every entry page for search under its title and the filters the knowledge base gives it', () => {
    expect(Object.keys(data.pages).sort()).toEqual([
      '/cases/c/',
      '/concepts/da-fuwu-gongxiang/',
      '/sites/ceshi-shequ/',
      '/speeches/s/',
    ]);
    expect(data.pages['/cases/c/']).toMatchObject({
      title: '案例c',
      filters: { type: ['案例'], kind: ['已有做法'], concept: ['大服务共享'], site: ['测试社区'] },
    });
    expect(data.pages['/sites/ceshi-shequ/']?.filters.concept).toEqual(['大服务共享']);
    expect(data.pages['/speeches/s/']?.filters.year).toEqual(['2019']);
  });

  test('lists each speech and case with its published address and numbered paragraphs in text order', () => {
    expect(data.numbered).toEqual([
      {
        collection: 'speeches',
        id: 's',
        address: 'http://intranet.example/speeches/s/',
        anchors: ['p-1', 'p-2', 'p-3'],
      },
      {
        collection: 'cases',
        id: 'c',
        address: 'http://intranet.example/cases/c/',
        anchors: ['p-1', 'p-2'],
      },
    ]);
  });
});
