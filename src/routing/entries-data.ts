import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { AnyItem } from '../knowledge/items.ts';
import {
  COLLECTIONS,
  isDocument,
  labelOf,
  taggedWithOf,
  type TagCollection,
} from '../common/collections.ts';
import type { PartialDate } from '../schemas/common.ts';

// An estimate is written as such (约2019, as editors write it), so a reader of `date` alone never
// takes it for a stated year; `dateValue` is the same date without 约, for programs.
const dated = (date: PartialDate | undefined) =>
  date
    ? {
        date: date.approximate ? `约${date.value}` : date.value,
        dateValue: date.value,
        ...(date.approximate ? { dateApproximate: true } : {}),
      }
    : {};

/** One entry as /data/entries.json publishes it for reuse by other systems. */
export interface EntryRecord {
  id: string;
  type: string;
  title: string;
  summary: string;
  url: string;
  /** When a speech was given or a case's practice took place: YYYY, YYYY-MM or YYYY-MM-DD, with 约 in front when estimated (约2019). */
  date?: string;
  /** The same date as YYYY, YYYY-MM or YYYY-MM-DD, never with 约: for programs that sort or compare. */
  dateValue?: string;
  /** True when `date` is an estimate (shown as 约…). */
  dateApproximate?: boolean;
  /** What an estimated speech date rests on. */
  dateBasis?: string;
  /** When a speech's text was published or reposted; not the date of the speech. */
  published?: string;
  /** A case's 已有做法 or 部署要求. */
  kind?: string;
  /** A model site's 已有 or 部署要求. */
  status?: string;
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
  // Each field only where the entry has it, in one order for every collection.
  const data = (item: AnyItem) => item.data as Partial<Record<string, unknown>>;
  const optional = (item: AnyItem, field: keyof EntryRecord) => {
    const value = data(item)[field];
    return typeof value === 'string' ? { [field]: value } : {};
  };
  const record = (item: AnyItem): EntryRecord => {
    if (!isDocument(item.collection))
      return { ...base(item), ...optional(item, 'status'), ...optional(item, 'region') };
    const tagged = taggedWithOf(item.collection);
    const document = item as AnyItem &
      Partial<Record<TagCollection, { data: { title: string } }[]>>;
    const fields = data(item);
    return {
      ...base(item),
      ...optional(item, 'kind'),
      ...dated(fields.date as PartialDate | undefined),
      ...optional(item, 'dateBasis'),
      ...(fields.published ? { published: (fields.published as PartialDate).value } : {}),
      ...Object.fromEntries(tagged.map((tag) => [tag, titles(document[tag] ?? [])])),
      ...(Array.isArray(fields.tags) ? { tags: fields.tags as string[] } : {}),
      ...optional(item, 'level'),
      ...optional(item, 'region'),
    };
  };
  return COLLECTIONS.flatMap((collection): AnyItem[] => kb[collection]).map(record);
}
