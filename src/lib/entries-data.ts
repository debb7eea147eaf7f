import type { KnowledgeBase } from './knowledge-base.ts';
import type { AnyItem } from './model.ts';
import { TYPE_LABELS } from './labels.ts';

/** One entry as /data/entries.json publishes it for reuse by other systems. */
export interface EntryRecord {
  id: string;
  type: string;
  title: string;
  summary: string;
  url: string;
  date?: string;
  updated?: string;
  concepts?: string[];
  sites?: string[];
  tags?: string[];
  level?: string;
  region?: string;
}

/** Every published entry's metadata and absolute URL, fields mapped one by one (never the raw frontmatter). */
export function entryRecords(kb: KnowledgeBase, site: URL): EntryRecord[] {
  const base = (item: AnyItem): EntryRecord => ({
    id: item.id,
    type: TYPE_LABELS[item.collection],
    title: item.data.title,
    summary: item.data.summary,
    url: new URL(item.url, site).href,
    ...(item.updated ? { updated: item.updated } : {}),
  });
  const titles = (items: { data: { title: string } }[]) => items.map((item) => item.data.title);
  return [
    ...kb.speeches.map((item) => ({ ...base(item), date: item.data.date, concepts: titles(item.concepts), sites: titles(item.sites), tags: item.data.tags })),
    ...kb.cases.map((item) => ({
      ...base(item),
      date: item.data.date,
      concepts: titles(item.concepts),
      sites: titles(item.sites),
      tags: item.data.tags,
      ...(item.data.level ? { level: item.data.level } : {}),
      ...(item.data.region ? { region: item.data.region } : {}),
    })),
    ...kb.concepts.map(base),
    ...kb.sites.map((item) => ({ ...base(item), ...(item.data.region ? { region: item.data.region } : {}) })),
    ...kb.glossary.map(base),
  ];
}
