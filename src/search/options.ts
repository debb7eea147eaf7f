import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { CASE_KINDS, CASE_LEVELS } from '../schemas/case.ts';
import { COLLECTIONS, DOCUMENT_COLLECTIONS, labelOf } from '../common/collections.ts';
import type { PartialDate } from '../schemas/common.ts';

/** What the filters read of a document: its date and keywords. */
type DocumentLike = { data: { date?: PartialDate; tags?: string[] } };

/** Every document, of every collection the table gives that role, in the table's order. */
const documentsOf = (kb: KnowledgeBase) =>
  DOCUMENT_COLLECTIONS.flatMap((collection): DocumentLike[] => kb[collection]);
import { yearOf } from '../knowledge/labels.ts';
import { DOMAIN_TERMS } from './domain-terms.ts';
import type { FilterName } from '../common/search/filters.ts';

/** One filter of the search page: the Pagefind filter name, its Chinese label, and its values. */
export interface SearchFilter {
  name: FilterName;
  label: string;
  values: string[];
  /** What an option says where it is not its value: 约2019年 for a year known only as an estimate. */
  labels?: Record<string, string>;
}

/**
 * How the year filter names a year: 约2019年 when every date in it is an estimate, so
 * an inferred date is never offered as a known one; 2019年 when every one is stated.
 */
export function yearLabel(year: string, dates: PartialDate[]): string {
  const inYear = dates.filter((date) => yearOf(date) === year);
  const estimated = inYear.filter((date) => date.approximate).length;
  if (estimated === 0) return `${year}年`;
  return estimated === inYear.length ? `约${year}年` : `${year}年（含约数）`;
}

/**
 * The search page's filters and their values, known at build time so the
 * controls are in the HTML rather than waiting for the index to answer.
 */
export function searchFilters(kb: KnowledgeBase): SearchFilter[] {
  const documents = documentsOf(kb);
  const dates = documents.flatMap((item) => (item.data.date ? [item.data.date] : []));
  const years = [...new Set(dates.map(yearOf))].sort().reverse();
  const kinds = CASE_KINDS.filter((kind) => kb.cases.some((item) => item.data.kind === kind));
  const levels = CASE_LEVELS.filter((level) => kb.cases.some((item) => item.data.level === level));
  return [
    { name: 'type', label: '类型', values: COLLECTIONS.map(labelOf) },
    { name: 'kind', label: '案例性质', values: [...kinds] },
    { name: 'concept', label: '理念', values: kb.concepts.map((concept) => concept.data.title) },
    // Filled in the browser from searchSites(): listed here, the page would grow with every site added.
    { name: 'site', label: '示范点', values: [] },
    { name: 'level', label: '层级', values: [...levels] },
    // Years of what is known: when a speech was given or a practice took place; undated entries are in no year.
    {
      name: 'year',
      label: '年份',
      values: years,
      labels: Object.fromEntries(years.map((year) => [year, yearLabel(year, dates)])),
    },
  ];
}

/** The model sites the search can filter by, in Chinese collation order. */
export function searchSites(kb: KnowledgeBase): string[] {
  const collator = new Intl.Collator('zh-CN');
  return [...new Set(kb.sites.map((site) => site.data.title))].sort(collator.compare);
}

/** Domain terms for the search page: the fixed list, concept names and every tag in use. */
export function searchDictionary(kb: KnowledgeBase): string[] {
  const tags = documentsOf(kb).flatMap((item) => item.data.tags ?? []);
  return [
    ...new Set([...DOMAIN_TERMS, ...kb.concepts.map((concept) => concept.data.title), ...tags]),
  ]
    .filter((term) => term.length >= 2)
    .sort();
}
