/** The part of the Pagefind browser runtime this site uses. */
export interface Pagefind {
  options(options: {
    excerptLength?: number;
    highlightParam?: string;
    ranking?: { metaWeights?: Readonly<Record<string, number>> };
  }): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch | null>;
}

/** What one search returns before any result's data is loaded. */
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

/** A result; its data is fetched only when asked for. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** A result's page data, as our index records it (see postbuild/search-records.ts). */
export interface PagefindResultData {
  url: string;
  /** The page text, block breaks included, word breaks removed. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads the Pagefind runtime the first time a search runs, so pages pay nothing
 * for search until it is used. The URL is only known after the build, hence the
 * dynamic import that the bundler must leave alone.
 */
export function loadPagefind(url: string): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return loading;
}
