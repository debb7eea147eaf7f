// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
/** What the site knows about one collection, besides its schema. */
interface CollectionInfo {
  /** What the collection is called on pages, in breadcrumbs and in the search type filter. */
  label: string;
  /** The sentence that opens the collection's list page. */
  intro: string;
  /** Its top-level paragraphs are numbered (`p-1`, `p-2`, …), cited and given a QR code each. */
  numbered: boolean;
  /** Its list page is a section of the header's main navigation. */
  inNavigation: boolean;
}

/**
 * The collections, in the order the site lists them: the one table to edit when one
 * is added. Each lives in `content/<name>/` and is published under `/<name>/`, the
 * name being both folder and URL segment (pages under `src/pages/<name>/`). Its
 * frontmatter schema is in schemas/index.ts, keyed by these names and checked by
 * the compiler to cover them all: kept apart so that browser code importing a label
 * never pulls in Zod, and the schemas can import from lib/ without a cycle.
 */
const COLLECTION_INFO = {
  speeches: {
    label: '讲话',
    intro: '领导讲话全文，按段编号，可逐段引用。',
    numbered: true,
    inNavigation: true,
  },
  cases: {
    label: '案例',
    intro: '讲话所举的做法和提出的要求，每个案例标明是“已有做法”还是“部署要求”。',
    numbered: true,
    inNavigation: true,
  },
  concepts: {
    label: '理念',
    intro: '城市基层党建的「大…共…」理念，每个理念页列出践行它的案例和示范点。',
    numbered: false,
    inNavigation: true,
  },
  sites: {
    label: '示范点',
    intro: '讲话提到的示范点和试点，每页列出在那里开展的案例。',
    numbered: false,
    inNavigation: true,
  },
  glossary: {
    label: '术语',
    intro: '讲话和案例中的常用术语。正文里第一次出现的术语可以点开看释义。',
    numbered: false,
    // Reached from the home page and from each term's first use in the text.
    inNavigation: false,
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

/** Where a collection's files live, relative to the project root. */
export const contentFolder = (collection: CollectionName) => `content/${collection}`;
