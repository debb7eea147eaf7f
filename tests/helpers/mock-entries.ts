import { speechSchema } from '../../src/schemas/speech.ts';
import { caseSchema } from '../../src/schemas/case.ts';
import { conceptSchema } from '../../src/schemas/concept.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import type { RawEntry } from '../../src/knowledge/items.ts';
import type { OutlineItem } from '../../src/entries/outline.ts';

// Mocks go through the real schemas, so they cannot drift from what editors' files produce.
const entry = <D>(collection: string, id: string, data: D): RawEntry<D> => ({
  id,
  filePath: `content/${collection}/${id}.mdx`,
  data,
});

export const mockSpeech = (id: string, data: Record<string, unknown> = {}) =>
  entry('speeches', id, speechSchema.parse({ title: `讲话${id}`, summary: '摘要', ...data }));

export const mockCase = (id: string, data: Record<string, unknown> = {}) =>
  entry(
    'cases',
    id,
    caseSchema.parse({ title: `案例${id}`, kind: '已有做法', summary: '摘要', ...data }),
  );

export const mockConcept = (
  id: string,
  title: string,
  order: number,
  data: Record<string, unknown> = {},
) => entry('concepts', id, conceptSchema.parse({ title, summary: '摘要', order, ...data }));

export const mockSite = (id: string, title: string, data: Record<string, unknown> = {}) =>
  entry('sites', id, siteSchema.parse({ title, summary: '摘要', status: '已有', ...data }));

/** An outline with `count` paragraphs under one part, as entries/markdown/mdx-outline.ts would report it. */
export const mockOutline = (count: number): OutlineItem[] => [
  { kind: 'heading', id: 'part-1', depth: 2, text: '一、第一部分' },
  ...Array.from({ length: count }, (_, index): OutlineItem => ({
    kind: 'paragraph',
    id: `p-${index + 1}`,
    n: index + 1,
    text: `第${index + 1}段。`,
  })),
];
