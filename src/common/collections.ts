// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
/**
 * What a collection's entries are: `document`, a text read on its own page, tagged with
 * concepts and sites and dated; `tag`, a concept or model site whose page lists the
 * documents tagged with it; `term`, a glossary term linked from its first use in a text.
 */
export type CollectionRole = 'document' | 'tag' | 'term';

/** The labels dates carry where they are shown, so no reader takes one date for another. */
export const DATE_LABELS = {
  /** A speech's `date`: when it was delivered. */
  delivered: '讲话日期',
  /** A speech's `published`: when the text used here was published or reposted. */
  published: '发布日期',
  /** A case's `date`: when the practice took place. */
  practised: '时间',
  /** A source's `date`. */
  issued: '发布日期',
} as const;

/** What the site knows about one collection, besides its schema. */
interface CollectionInfo {
  /** What the collection is called on pages, in breadcrumbs and in the search type filter. */
  label: string;
  /** The sentence that opens the collection's list page. */
  intro: string;
  /** What its entries are, which decides their pages, search filters and who may tag them. */
  role: CollectionRole;
  /** The tag collections its entries name in fields of the same names (`concepts: [...]`). */
  taggedWith: readonly string[];
  /**
   * Its top-level paragraphs are numbered (`p-1`, `p-2`, …), cited and given a QR code each;
   * published paragraph addresses are permanent, protected like published URLs.
   */
  numbered: boolean;
  /** Which date its `date` field is, from DATE_LABELS; none for undated collections. */
  dateLabel?: keyof typeof DATE_LABELS;
  /** Who a citation of its pages names as author: the entry's own field (a speech's `speaker`), else the site. */
  authorField?: string;
  /** Its list page is a section of the header's main navigation. */
  inNavigation: boolean;
  /** Its entries are in the RSS feed. */
  inFeed: boolean;
  /**
   * On a tag page: `paged`, the list the page is paginated by; `first`, listed in full on
   * the first page under 「提出这一理念的…」/「提到这里的…」; absent, not listed.
   */
  onTagPages?: 'paged' | 'first';
  /**
   * Its entry pages come from a template of its own (`src/pages/<name>/[id].astro`);
   * otherwise a document's from the shared one (`src/pages/[collection]/[id].astro`) and a
   * tag's from `src/pages/<name>/[id]/[...page].astro`. Its URLs are `/<name>/<id>/` either way.
   */
  ownPages: boolean;
}

/**
 * The collections, in the order the site lists them: the one table to edit when one
 * is added (with its schema and its line in schemas/index.ts and content.config.ts;
 * see README「加一个内容集合」). Each lives in `content/<name>/` and is published under
 * `/<name>/`, the name being both folder and URL segment. Its frontmatter schema is in
 * schemas/index.ts, keyed by these names and checked by the compiler to cover them all:
 * kept apart so that browser code importing a label never pulls in Zod, and the
 * schemas can import from common/ without a cycle.
 */
const COLLECTION_INFO = {
  speeches: {
    label: '讲话',
    intro: '领导讲话全文，按段编号，可逐段引用。',
    role: 'document',
    taggedWith: ['concepts', 'sites'],
    numbered: true,
    dateLabel: 'delivered',
    authorField: 'speaker',
    inNavigation: true,
    inFeed: true,
    onTagPages: 'first',
    ownPages: true,
  },
  cases: {
    label: '案例',
    intro: '讲话所举的做法和提出的要求，每个案例标明是“已有做法”还是“部署要求”。',
    role: 'document',
    taggedWith: ['concepts', 'sites'],
    numbered: true,
    dateLabel: 'practised',
    inNavigation: true,
    inFeed: true,
    onTagPages: 'paged',
    ownPages: true,
  },
  concepts: {
    label: '理念',
    intro: '城市基层党建的「大…共…」理念，每个理念页列出与它相关的案例和示范点。',
    role: 'tag',
    taggedWith: [],
    numbered: false,
    inNavigation: true,
    inFeed: false,
    ownPages: true,
  },
  sites: {
    label: '示范点',
    intro: '讲话提到的示范点和试点，每个标明是讲话说已有的还是要求建设的，每页列出与它相关的案例。',
    role: 'tag',
    taggedWith: [],
    numbered: false,
    inNavigation: true,
    inFeed: false,
    ownPages: true,
  },
  glossary: {
    label: '术语',
    intro: '讲话和案例中的常用术语。正文里第一次出现的术语可以点开看释义。',
    role: 'term',
    taggedWith: [],
    numbered: false,
    // Reached from the home page and from each term's first use in the text.
    inNavigation: false,
    inFeed: false,
    ownPages: true,
  },
} as const satisfies Record<string, CollectionInfo>;

/** A collection's name: its folder under content/ and its URL segment. */
export type CollectionName = keyof typeof COLLECTION_INFO;

/** Every collection, in the order the site lists them. */
export const COLLECTIONS = Object.keys(COLLECTION_INFO) as readonly CollectionName[];

/** A collection whose paragraphs are numbered. */
export type NumberedCollection = {
  [C in CollectionName]: (typeof COLLECTION_INFO)[C]['numbered'] extends true ? C : never;
}[CollectionName];

/** True for a collection whose paragraphs are numbered. */
export const isNumbered = (collection: CollectionName): collection is NumberedCollection =>
  COLLECTION_INFO[collection].numbered;

/** The collections whose paragraphs are numbered: speeches and cases. */
export const NUMBERED_COLLECTIONS = COLLECTIONS.filter(isNumbered);

/** What a collection is called: 讲话, 案例, 理念, 示范点, 术语. */
export const labelOf = (collection: CollectionName): string => COLLECTION_INFO[collection].label;

/** The sentence that opens a collection's list page. */
export const introOf = (collection: CollectionName): string => COLLECTION_INFO[collection].intro;

/** The collections whose list pages the header's main navigation links, in the site's order. */
export const NAVIGATION_COLLECTIONS = COLLECTIONS.filter(
  (collection) => COLLECTION_INFO[collection].inNavigation,
);

/** A file name that becomes an id: lowercase ASCII words joined by hyphens, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** True for a collection's name (a URL segment, a folder under content/). */
export const isCollection = (name: string | undefined): name is CollectionName =>
  (COLLECTIONS as readonly string[]).includes(name ?? '');

/** Where a collection's files live, relative to the project root. */
export const contentFolder = (collection: CollectionName) => `content/${collection}`;

/** A collection whose entries have the role `R`. */
type WithRole<R extends CollectionRole> = {
  [C in CollectionName]: (typeof COLLECTION_INFO)[C]['role'] extends R ? C : never;
}[CollectionName];

/** A collection of documents: speeches, cases, and any other text read on its own page. */
export type DocumentCollection = WithRole<'document'>;

/** A collection of tags: concepts and model sites. */
export type TagCollection = WithRole<'tag'>;

/** What a collection's entries are. */
export const roleOf = (collection: CollectionName): CollectionRole =>
  COLLECTION_INFO[collection].role;

/** True for a collection of documents. */
export const isDocument = (collection: CollectionName): collection is DocumentCollection =>
  roleOf(collection) === 'document';

/** The collections of documents, in the site's order. */
export const DOCUMENT_COLLECTIONS = COLLECTIONS.filter(isDocument);

/** The collections of tags, in the site's order. */
export const TAG_COLLECTIONS = COLLECTIONS.filter(
  (collection): collection is TagCollection => roleOf(collection) === 'tag',
);

/** The tag collections a collection's entries name, each in a field of its own name. */
export const taggedWithOf = (collection: CollectionName): readonly TagCollection[] =>
  COLLECTION_INFO[collection].taggedWith as readonly TagCollection[];

/** The label of the date a collection's entries are filed by (讲话日期, 时间); none when undated. */
export const dateLabelOf = (collection: CollectionName): string | undefined => {
  const info: CollectionInfo = COLLECTION_INFO[collection];
  return info.dateLabel && DATE_LABELS[info.dateLabel];
};

/** Which date a collection's `date` field is (a key of DATE_LABELS); none when undated. */
export const dateKindOf = (collection: CollectionName): keyof typeof DATE_LABELS | undefined =>
  (COLLECTION_INFO[collection] as CollectionInfo).dateLabel;

/** The field naming the author a citation of the collection's pages gives; none: the site is. */
export const authorFieldOf = (collection: CollectionName): string | undefined =>
  (COLLECTION_INFO[collection] as CollectionInfo).authorField;

/** The collections whose entries the RSS feed carries. */
export const FEED_COLLECTIONS = COLLECTIONS.filter(
  (collection) => COLLECTION_INFO[collection].inFeed,
);

/** How a tag page lists a collection's entries: paginated, in full on page 1, or not. */
export const onTagPagesOf = (collection: CollectionName): 'paged' | 'first' | undefined =>
  (COLLECTION_INFO[collection] as CollectionInfo).onTagPages;

/** The document collections whose entry pages the shared document template makes. */
export const SHARED_PAGE_COLLECTIONS = DOCUMENT_COLLECTIONS.filter(
  (collection) => !COLLECTION_INFO[collection].ownPages,
);
