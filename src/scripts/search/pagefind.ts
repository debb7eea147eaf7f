/** The part of the Pagefind browser runtime this site uses. */
export interface Pagefind {
  options(options: { excerptLength?: number; ranking?: Record<string, number> }): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
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

/** A result's page data. */
export interface PagefindResultData {
  url: string;
  /** Excerpt with the matched words wrapped in <mark>, otherwise HTML-escaped. */
  excerpt: string;
  /** Plain indexed text of the page. */
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
  loading ??= import(/* @vite-ignore */ url).then(async (pagefind: Pagefind) => {
    await pagefind.options({ excerptLength: 40 });
    return pagefind;
  });
  return loading;
}
