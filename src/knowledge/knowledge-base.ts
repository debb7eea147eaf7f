import { paragraphRange } from '../common/anchors.ts';
import type { SpeechData } from '../schemas/speech.ts';
import type { CaseData } from '../schemas/case.ts';
import type { ConceptData } from '../schemas/concept.ts';
import type { SiteData } from '../schemas/site.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import {
  COLLECTIONS,
  roleOf,
  taggedWithOf,
  type CollectionName,
  type TagCollection,
} from '../common/collections.ts';
import {
  aliasesOf,
  headingsOf,
  openedAnchor,
  paragraphsOf,
  type OutlineItem,
  type OutlineParagraph,
} from '../entries/outline.ts';
import {
  formatBrokenRefs,
  referenceResolvers,
  type BrokenRef,
  type RefResolver,
} from '../common/refs.ts';
import { urls } from '../site/urls.ts';
import { lastUpdatedOf } from './last-updated.ts';
import { buildTagIndex, type TagIndex } from './tag-index.ts';
import { buildMatrix, type MatrixCell } from './matrix.ts';
import { byDateDesc, byOrder, byTitle } from './sorting.ts';
import {
  TYPED_COLLECTIONS,
  type AnyItem,
  type CaseItem,
  type Citation,
  type ConceptItem,
  type DocumentItem,
  type GlossaryItem,
  type ItemOf,
  type RawEntry,
  type SiteItem,
  type SpeechItem,
  type TypedCollection,
} from './items.ts';

/** A collection added to the collections table whose items are documents of no type of their own. */
type DocumentOnly = Exclude<CollectionName, TypedCollection>;

/** What the knowledge base reads of a document of such a collection: the fields every row's schema has. */
export interface DocumentFields {
  title: string;
  summary: string;
  draft: boolean;
  aliases: string[];
  updated?: string;
  date?: { value: string; approximate?: boolean };
  concepts?: string[];
  sites?: string[];
}

/** Everything the loaders delivered, drafts included (they are needed to explain broken references). */
export interface KnowledgeBaseInput {
  speeches: RawEntry<SpeechData>[];
  cases: RawEntry<CaseData>[];
  concepts: RawEntry<ConceptData>[];
  sites: RawEntry<SiteData>[];
  glossary: RawEntry<GlossaryData>[];
  /** Entries of the collections without an item type of their own, by collection. */
  documents?: Partial<Record<CollectionName, RawEntry<DocumentFields>[]>>;
  /** Whether drafts are shown (development) or left out (production). */
  includeDrafts: boolean;
  /** The rendered outline of each published speech, by id, for checking cited paragraphs. */
  speechOutlines: Map<string, OutlineItem[]>;
  /** The rendered outline of each published document of those collections, keyed `collection/id`. */
  documentOutlines?: Map<string, OutlineItem[]>;
  /** The rendered outline of each published case, by id: its numbered paragraphs. */
  caseOutlines?: Map<string, OutlineItem[]>;
  /** The passages each case quotes with <SpeechQuote>, by case id: a case quoting a paragraph is linked from it as if it cited it. */
  caseQuotes?: Map<string, Array<{ speech: string; at: string }>>;
  /** When each content file was last committed, by path relative to the project root. */
  lastUpdated?: Map<string, string>;
  /**
   * Leave broken references out instead of throwing; false by default. Only for
   * `astro dev`, where an editor is mid-edit and the content check already shows
   * each broken reference on the page: one misspelt name must not take every page down.
   */
  tolerateBrokenReferences?: boolean;
}

/** An earlier URL of an entry, kept as a redirect to it. */
export interface AliasRedirect {
  /** The old URL, as links name it (base path included). */
  from: string;
  /** The old page's path within the site, `cases/old-name`: where its redirect page is built. */
  path: string;
  /** The entry it now leads to. */
  to: AnyItem;
}

/** The items of the collections without a type of their own, each under its collection's name. */
type DocumentLists = { [C in DocumentOnly]: ItemOf<C>[] };

/** The published site's content with every reference resolved, and the indexes pages read. */
export interface KnowledgeBase extends TagIndex, DocumentLists {
  speeches: SpeechItem[];
  cases: CaseItem[];
  concepts: ConceptItem[];
  sites: SiteItem[];
  /** Glossary terms, in pinyin order. */
  glossary: GlossaryItem[];
  /** Old URLs from `aliases`, each redirecting to its entry. */
  redirects: AliasRedirect[];
  /** The cases at each concept × model-site crossing, keyed by {@link cellKey}. */
  matrix: Map<string, MatrixCell>;
}

/** Thrown when content points at entries that do not exist; the message lists every problem. */
export class BrokenReferencesError extends Error {
  constructor(readonly broken: BrokenRef[]) {
    super(formatBrokenRefs(broken));
    this.name = 'BrokenReferencesError';
  }
}

/**
 * Resolves every reference (by id or Chinese title) and derives the lists and
 * indexes once. Throws {@link BrokenReferencesError} naming every broken reference,
 * because Astro's own `reference()` would only log a warning; with
 * `tolerateBrokenReferences` the entries are kept and only their broken references dropped.
 */
export function buildKnowledgeBase(input: KnowledgeBaseInput): KnowledgeBase {
  const visible = <D extends { draft: boolean }>(entries: RawEntry<D>[]) =>
    entries.filter((entry) => input.includeDrafts || !entry.data.draft);
  const broken: BrokenRef[] = [];

  const item = <C extends CollectionName, D extends { updated?: string }>(
    collection: C,
    entry: RawEntry<D>,
  ) => {
    const file = entry.filePath ?? `content/${collection}/${entry.id}.mdx`;
    const updated = lastUpdatedOf(file, entry.data, input.lastUpdated ?? new Map());
    return {
      collection,
      id: entry.id,
      url: urls.entry(collection, entry.id),
      file,
      data: entry.data,
      entry,
      updated,
    };
  };
  const concepts = visible(input.concepts)
    .map((entry) => item('concepts', entry))
    .sort(byOrder);
  const sites = visible(input.sites)
    .map((entry) => item('sites', entry))
    .sort(byTitle);
  const glossary = visible(input.glossary)
    .map((entry) => item('glossary', entry))
    .sort(byTitle);
  const conceptById = new Map(concepts.map((concept) => [concept.id, concept]));
  const siteById = new Map(sites.map((site) => [site.id, site]));
  const resolvers = referenceResolvers({
    concepts: targets(input.concepts, input.includeDrafts),
    sites: targets(input.sites, input.includeDrafts),
    speeches: targets(input.speeches, input.includeDrafts),
  });
  const resolveAll = <T>(
    entry: RawEntry<unknown>,
    field: TagCollection,
    values: string[],
    byId: Map<string, T>,
  ) =>
    // A concept written once by its title and once by its id is one concept, listed once.
    [
      ...new Set(
        values.flatMap((value) => {
          const id = resolve(resolvers[field], entry, field, value, broken);
          return id ? [byId.get(id)!] : [];
        }),
      ),
    ];

  const speeches = visible(input.speeches)
    .map((entry): SpeechItem => ({
      ...item('speeches', entry),
      concepts: resolveAll(entry, 'concepts', entry.data.concepts, conceptById),
      sites: resolveAll(entry, 'sites', entry.data.sites, siteById),
      paragraphs: paragraphsOf(input.speechOutlines.get(entry.id) ?? []),
      headings: headingsOf(input.speechOutlines.get(entry.id) ?? []),
      aliases: aliasesOf(input.speechOutlines.get(entry.id) ?? []),
    }))
    .sort(byDateDesc);
  const speechById = new Map(speeches.map((speech) => [speech.id, speech]));

  const cases = visible(input.cases)
    .map((entry): CaseItem => ({
      ...item('cases', entry),
      concepts: resolveAll(entry, 'concepts', entry.data.concepts, conceptById),
      sites: resolveAll(entry, 'sites', entry.data.sites, siteById),
      paragraphs: paragraphsOf(input.caseOutlines?.get(entry.id) ?? []),
      citations: withQuotes(
        entry.data.cites.flatMap((cite): Citation[] => {
          const speechId = resolve(resolvers.speeches, entry, 'cites.speech', cite.speech, broken);
          const speech = speechId ? speechById.get(speechId) : undefined;
          if (!speech) return [];
          const opened = (field: 'paragraphs' | 'background') =>
            cite[field].flatMap((anchor) => {
              const paragraph = speech.paragraphs.get(openedAnchor(speech.aliases, anchor));
              if (!paragraph) broken.push(missingParagraph(entry, anchor, speech, field));
              return paragraph ? [paragraph] : [];
            });
          return [{ speech, paragraphs: opened('paragraphs'), background: opened('background') }];
        }),
        input.caseQuotes?.get(entry.id) ?? [],
        speechById,
      ),
    }))
    .sort(byDateDesc);

  // Documents of the rows added to the table: tagged with what their row names, numbered as it says.
  const tagsById: Record<TagCollection, Map<string, ConceptItem | SiteItem>> = {
    concepts: conceptById,
    sites: siteById,
  };
  const documents = Object.fromEntries(
    COLLECTIONS.filter((collection) => !TYPED_COLLECTIONS.has(collection)).map((collection) => {
      if (roleOf(collection) !== 'document')
        throw new Error(
          `集合 ${collection} 的角色是 ${roleOf(collection)}：表里新加的集合目前只能是 document（文本）。标签和术语集合（concepts、sites、glossary）各有专门的页面、索引和检索筛选，新加一种要先写这些（见 README“加一个内容集合”）。`,
        );
      const items = visible(input.documents?.[collection] ?? []).map((entry) => {
        const outline = input.documentOutlines?.get(`${collection}/${entry.id}`) ?? [];
        const tags = Object.fromEntries(
          taggedWithOf(collection).map((field) => [
            field,
            resolveAll(entry, field, entry.data[field] ?? [], tagsById[field]),
          ]),
        );
        return {
          ...item(collection, entry),
          concepts: [],
          sites: [],
          ...tags,
          paragraphs: paragraphsOf(outline),
          headings: headingsOf(outline),
          aliases: aliasesOf(outline),
        } as unknown as DocumentItem;
      });
      return [collection, items.sort(byDateDesc)];
    }),
  ) as unknown as DocumentLists;
  const documentItems = Object.values(documents as Record<string, DocumentItem[]>).flat();

  const redirects = aliasRedirects(
    [...speeches, ...cases, ...concepts, ...sites, ...glossary, ...(documentItems as AnyItem[])],
    broken,
  );
  if (broken.length > 0 && !input.tolerateBrokenReferences) throw new BrokenReferencesError(broken);
  const index = buildTagIndex({ speeches, cases, concepts, sites, documents: documentItems });
  return {
    ...documents,
    speeches,
    cases,
    concepts,
    sites,
    glossary,
    redirects,
    ...index,
    matrix: buildMatrix(concepts, sites, index),
  };
}

/**
 * A case's citations with the paragraphs it quotes added, so a quoted paragraph
 * lists the case without the editor writing it twice; a paragraph it gives as
 * background stays background when quoted. A quoted section adds each of its
 * paragraphs; a paragraph cited in both roles (the speech written once by its id,
 * once by its title) is cited for the practice; each list stays in text order, each paragraph once.
 */
function withQuotes(
  citations: Citation[],
  quotes: ReadonlyArray<{ speech: string; at: string }>,
  speechById: Map<string, SpeechItem>,
): Citation[] {
  // Cites of one speech (written by its id and by its title, say) are merged, not the last one kept.
  const bySpeech = new Map<
    string,
    { paragraphs: OutlineParagraph[]; background: OutlineParagraph[] }
  >();
  const of = (id: string) => {
    const lists = bySpeech.get(id) ?? { paragraphs: [], background: [] };
    bySpeech.set(id, lists);
    return lists;
  };
  for (const { speech, paragraphs, background } of citations) {
    of(speech.id).paragraphs.push(...paragraphs);
    of(speech.id).background.push(...background);
  }
  for (const { speech: id, at: written } of quotes) {
    const speech = speechById.get(id);
    if (!speech) continue;
    const at = openedAnchor(speech.aliases, written);
    const lists = of(id);
    const quoted = [...speech.paragraphs.values()].filter(
      (p) =>
        (p.id === at || p.part?.id === at || p.section?.id === at) &&
        !lists.background.some((given) => given.id === p.id),
    );
    lists.paragraphs.push(...quoted);
  }
  const inOrder = (paragraphs: OutlineParagraph[]) =>
    [...new Map(paragraphs.map((p) => [p.id, p])).values()].sort((a, b) => a.n - b.n);
  return [...bySpeech].map(([id, { paragraphs, background }]) => ({
    speech: speechById.get(id)!,
    paragraphs: inOrder(paragraphs),
    background: inOrder(background.filter((p) => !paragraphs.some((cited) => cited.id === p.id))),
  }));
}

/** The redirects that `aliases` ask for; one that would take over a live URL is a broken reference. */
function aliasRedirects(items: AnyItem[], broken: BrokenRef[]): AliasRedirect[] {
  const taken = new Set(items.map((item) => item.url));
  return items.flatMap((item) =>
    item.data.aliases.flatMap((alias) => {
      const from = urls.entry(item.collection, alias);
      if (taken.has(from)) {
        broken.push({
          file: item.file,
          field: 'aliases',
          value: alias,
          message: `网址 ${from} 已被别的条目或别名占用，不能再作为旧文件名。`,
        });
        return [];
      }
      taken.add(from);
      return [{ from, path: `${item.collection}/${alias}`, to: item }];
    }),
  );
}

function targets(entries: RawEntry<{ title: string; draft: boolean }>[], includeDrafts: boolean) {
  return entries.map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    draft: entry.data.draft && !includeDrafts,
  }));
}

function resolve(
  resolver: RefResolver,
  entry: RawEntry<unknown>,
  field: string,
  value: string,
  broken: BrokenRef[],
) {
  const id = resolver.resolve(value);
  if (!id) broken.push({ file: fileOf(entry), field, value, message: resolver.explain(value) });
  return id;
}

function missingParagraph(
  entry: RawEntry<unknown>,
  anchor: string,
  speech: SpeechItem,
  field: 'paragraphs' | 'background',
): BrokenRef {
  const last = speech.paragraphs.size;
  return {
    file: fileOf(entry),
    field: `cites.${field}`,
    value: anchor,
    message: `《${speech.data.title}》没有段落 ${anchor}，它的段落编号是 ${paragraphRange(last)}（见讲话页面上每段前的编号）。`,
  };
}

function fileOf(entry: RawEntry<unknown>): string {
  return entry.filePath ?? entry.id;
}
