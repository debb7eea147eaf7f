import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { AnyItem } from '../knowledge/items.ts';
import { labelOf } from '../common/collections.ts';
import type { PartialDate } from '../schemas/common.ts';

const dated = (date: PartialDate | undefined) =>
  date ? { date: date.value, ...(date.approximate ? { dateApproximate: true } : {}) } : {};

/** One entry as /data/entries.json publishes it for reuse by other systems. */
export interface EntryRecord {
  id: string;
  type: string;
  title: string;
  summary: string;
  url: string;
  /** When a speech was given or a case's practice took place: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** True when `date` is an estimate (shown as 约…). */
  dateApproximate?: boolean;
  /** What an estimated speech date rests on. */
  dateBasis?: string;
  /** When a speech's text was published or reposted; not the date of the speech. */
  published?: string;
  /** A case's 已有做法 or 部署要求. */
  kind?: string;
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
    type: labelOf(item.collection),
    title: item.data.title,
    summary: item.data.summary,
    url: new URL(item.url, site).href,
    ...(item.updated ? { updated: item.updated } : {}),
  });
  const titles = (items: { data: { title: string } }[]) => items.map((item) => item.data.title);
  return [
    ...kb.speeches.map((item) => ({
      ...base(item),
      ...dated(item.data.date),
      ...(item.data.dateBasis ? { dateBasis: item.data.dateBasis } : {}),
      ...(item.data.published ? { published: item.data.published.value } : {}),
      concepts: titles(item.concepts),
      sites: titles(item.sites),
      tags: item.data.tags,
    })),
    ...kb.cases.map((item) => ({
      ...base(item),
      kind: item.data.kind,
      ...dated(item.data.date),
      concepts: titles(item.concepts),
      sites: titles(item.sites),
      tags: item.data.tags,
      ...(item.data.level ? { level: item.data.level } : {}),
      ...(item.data.region ? { region: item.data.region } : {}),
    })),
    ...kb.concepts.map(base),
    ...kb.sites.map((item) => ({
      ...base(item),
      ...(item.data.region ? { region: item.data.region } : {}),
    })),
    ...kb.glossary.map(base),
  ];
}
