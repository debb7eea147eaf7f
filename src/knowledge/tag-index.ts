import type {
  AnyItem,
  CaseItem,
  ConceptItem,
  DocumentItem,
  SiteItem,
  SpeechItem,
} from './items.ts';
import {
  COLLECTIONS,
  onTagPagesOf,
  type CollectionName,
  type TagCollection,
} from '../common/collections.ts';
import { byOrder, byTitle } from './sorting.ts';

/** Who is tagged with what, in both directions; built once from the resolved entries. */
export interface TagIndex {
  /** Cases tagged with each concept, newest first. */
  casesByConcept: Map<string, CaseItem[]>;
  /** Cases at each model site, newest first. */
  casesBySite: Map<string, CaseItem[]>;
  /**
   * The documents a tag's first page lists in full, one list per collection the table lists
   * there (`onTagPages: 'first'`: speeches, and rows added to it), in the site's order.
   */
  listedOn(tag: TagCollection, id: string): TagList[];
  /** Model sites practising each concept: a site practises a concept when one of its cases is tagged with it. */
  /** Sites with cases of each concept, most such cases first. */
  sitesByConcept: Map<string, SiteItem[]>;
  /** Concepts practised at each model site, derived the same way. */
  conceptsBySite: Map<string, ConceptItem[]>;
  /** Cases speaking to each speech paragraph, keyed `speechId#p-N`. */
  casesByParagraph: Map<string, CaseItem[]>;
  /** Cases that take each speech paragraph as background only, keyed `speechId#p-N`. */
  casesByBackground: Map<string, CaseItem[]>;
  /** Up to `limit` other cases sharing the most sites and concepts with `item`. */
  relatedCases(item: CaseItem, limit?: number): CaseItem[];
}

/** The documents of one collection that a tag page lists. */
export interface TagList {
  collection: CollectionName;
  items: AnyItem[];
}

// Related cases are scored within the newest few of each shared tag, so the work per case stays bounded as content grows.
const RELATED_WINDOW = 60;

/** Builds the reverse indexes in one pass over the entries. */
export function buildTagIndex(input: {
  speeches: SpeechItem[];
  cases: CaseItem[];
  concepts: ConceptItem[];
  sites: SiteItem[];
  /** Documents of the collections without an item type of their own. */
  documents?: DocumentItem[];
}): TagIndex {
  const emptyBy = <T>(keys: { id: string }[]) =>
    new Map<string, T[]>(keys.map((key) => [key.id, []]));
  const casesByConcept = emptyBy<CaseItem>(input.concepts);
  const casesBySite = emptyBy<CaseItem>(input.sites);
  const listed = new Map<string, Map<CollectionName, AnyItem[]>>();
  const sitesByConcept = new Map(
    input.concepts.map((concept) => [concept.id, new Set<SiteItem>()]),
  );
  const conceptsBySite = new Map(input.sites.map((site) => [site.id, new Set<ConceptItem>()]));
  const casesByParagraph = new Map<string, CaseItem[]>();
  const casesByBackground = new Map<string, CaseItem[]>();

  for (const item of [...input.speeches, ...(input.documents ?? [])]) {
    if (onTagPagesOf(item.collection) !== 'first') continue;
    for (const tag of [...item.concepts, ...item.sites]) {
      const key = `${tag.collection}/${tag.id}`;
      const byCollection = listed.get(key) ?? new Map<CollectionName, AnyItem[]>();
      const list = byCollection.get(item.collection) ?? [];
      list.push(item as AnyItem);
      byCollection.set(item.collection, list);
      listed.set(key, byCollection);
    }
  }
  const firstLists = COLLECTIONS.filter((collection) => onTagPagesOf(collection) === 'first');
  const listedOn = (tag: TagCollection, id: string): TagList[] =>
    firstLists.map((collection) => ({
      collection,
      items: listed.get(`${tag}/${id}`)?.get(collection) ?? [],
    }));
  for (const item of input.cases) {
    for (const concept of item.concepts) casesByConcept.get(concept.id)!.push(item);
    for (const site of item.sites) {
      casesBySite.get(site.id)!.push(item);
      for (const concept of item.concepts) {
        sitesByConcept.get(concept.id)!.add(site);
        conceptsBySite.get(site.id)!.add(concept);
      }
    }
    for (const citation of item.citations) {
      const add = (index: Map<string, CaseItem[]>, paragraphs: typeof citation.paragraphs) => {
        for (const paragraph of paragraphs) {
          const key = `${citation.speech.id}#${paragraph.id}`;
          index.set(key, [...(index.get(key) ?? []), item]);
        }
      };
      add(casesByParagraph, citation.paragraphs);
      add(casesByBackground, citation.background);
    }
  }

  const rank = new Map(input.cases.map((item, index) => [item, index]));
  const relatedCases = (item: CaseItem, limit = 4) => {
    const scores = new Map<CaseItem, number>();
    const add = (list: CaseItem[], weight: number) => {
      for (const other of list.slice(0, RELATED_WINDOW)) {
        if (other !== item) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    };
    // A shared model site says more about a case than a shared concept, of which there are only four.
    for (const site of item.sites) add(casesBySite.get(site.id)!, 2);
    for (const concept of item.concepts) add(casesByConcept.get(concept.id)!, 1);
    return [...scores.entries()]
      .sort(([a, left], [b, right]) => right - left || rank.get(a)! - rank.get(b)!)
      .slice(0, limit)
      .map(([other]) => other);
  };

  return {
    casesByConcept,
    casesBySite,
    listedOn,
    // Most cases first, so a concept page can show the leading sites and link the table for the rest.
    sitesByConcept: new Map(
      [...sitesByConcept].map(([id, set]) => {
        const count = (site: SiteItem) =>
          casesBySite
            .get(site.id)!
            .filter((item) => item.concepts.some((concept) => concept.id === id)).length;
        const counts = new Map([...set].map((site) => [site, count(site)]));
        return [id, [...set].sort((a, b) => counts.get(b)! - counts.get(a)! || byTitle(a, b))];
      }),
    ),
    conceptsBySite: new Map([...conceptsBySite].map(([id, set]) => [id, [...set].sort(byOrder)])),
    casesByParagraph,
    casesByBackground,
    relatedCases,
  };
}
