import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import { renderResult, type MatchKind } from './render.ts';
import { runSearch, type SearchOutcome } from './engine.ts';
import { containsVerbatim } from './excerpt.ts';
import { hasSearch, type SearchState } from './state.ts';
import { describeOutcome, filteredOut } from './messages.ts';
import { FilterSets, type FilterCounts } from './filter-sets.ts';
import { SEARCH_BATCH as BATCH } from '../../common/search/result-view.ts';

/** Hits checked against the text when the query has punctuation; beyond this, the index's word is taken. */
const VERIFY_LIMIT = 200;

/** The parts of the search page the results are shown in, and where the index and terms are. */
export interface ResultsView {
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  indexUrl: string;
  termsUrl: string;
  /** Where the cases are, so a case's result can be ticked for comparison. */
  casesUrl: string;
}

/**
 * Runs searches and shows their results, loaded by the search page (search-page.ts)
 * at its first search, so a visit that only reads the newest entries loads none of it.
 * The list may start as the page's own newest entries, in the index's order.
 */
export class SearchResults {
  #view: ResultsView;
  /** What the query found on all pages, before the filters. */
  #found: PagefindResult[] = [];
  /** What the filters leave of it: the list shown. */
  #results: PagefindResult[] = [];
  /** Data already loaded (to check a query with punctuation against the text), by result id. */
  #data = new Map<string, PagefindResultData>();
  #sets: FilterSets | undefined;
  /** The search the results are of. */
  #state: SearchState = { q: '', filters: {} };
  #phrases: string[] = [];
  #kind: MatchKind = 'browse';
  #shown: number;
  #run = 0;
  /** Set while the list is the one the page came with: its results are not loaded yet. */
  #prefilled: boolean;
  #termsLoaded: Promise<readonly string[]> | undefined;

  constructor(view: ResultsView) {
    this.#view = view;
    this.#shown = view.list.children.length;
    this.#prefilled = this.#shown > 0;
  }

  #pagefind() {
    return loadPagefind(this.#view.indexUrl);
  }

  async #filterSets(): Promise<FilterSets> {
    this.#sets ??= new FilterSets(await this.#pagefind());
    return this.#sets;
  }

  async search(state: SearchState) {
    const { list, status } = this.#view;
    const run = ++this.#run;
    list.setAttribute('aria-busy', 'true');
    status.textContent = hasSearch(state) ? '正在检索…' : '正在载入最新条目…';
    this.#prefilled = false;
    try {
      // Searched over all pages, then filtered here, so the page can say when the filters left nothing.
      const outcome = await runSearch(state.q, {
        pagefind: await this.#pagefind(),
        filters: {},
        dictionary: () => this.#terms(),
      });
      if (run !== this.#run) return;
      await this.#take(state.q, outcome);
      this.#state = state;
      this.#results = await (await this.#filterSets()).narrow(this.#found, state.filters);
      if (run !== this.#run) return;
      const first = await this.#batch(0);
      if (run !== this.#run) return;
      // Results and status change in one go, before the next paint: what is on screen never
      // moves as they arrive (the list holds a screen's height, so the footer waits below).
      // Announced as the first results are on the page, so a screen reader can go straight to them.
      list.replaceChildren();
      this.#shown = 0;
      this.#append(first);
      status.replaceChildren(
        ...(this.#results.length === 0 && this.#found.length > 0
          ? filteredOut(state.q, outcome, this.#found.length)
          : describeOutcome(state.q, outcome, this.#count(), location.pathname)),
      );
    } catch {
      if (run === this.#run)
        status.textContent = '检索索引加载失败，请刷新重试；在本机预览要先运行 npm run build。';
    } finally {
      if (run === this.#run) list.setAttribute('aria-busy', 'false');
    }
  }

  async showMore() {
    const run = this.#run;
    if (this.#prefilled) {
      // The first results are the page's own; the rest come from the index, in the same order.
      try {
        const outcome = await runSearch('', {
          pagefind: await this.#pagefind(),
          filters: {},
          dictionary: [],
        });
        if (run !== this.#run) return;
        await this.#take('', outcome);
        this.#results = this.#found;
        this.#prefilled = false;
      } catch {
        this.#view.status.textContent = '检索索引加载失败，请刷新重试。';
        return;
      }
    }
    const data = await this.#batch(this.#shown);
    if (run === this.#run) this.#append(data);
  }

  /**
   * For each offered filter value, how many results it would leave (see filter-sets.ts).
   * Before any search the results are every page, newest first, as the page lists them.
   */
  async counts(offered: Record<string, readonly string[]>): Promise<FilterCounts> {
    if (this.#prefilled) {
      const outcome = await runSearch('', {
        pagefind: await this.#pagefind(),
        filters: {},
        dictionary: [],
      });
      if (this.#prefilled) await this.#take('', outcome);
    }
    return (await this.#filterSets()).count(this.#found, this.#state.filters, offered);
  }

  /** The domain terms, fetched once and only when a search needs them (see engine.ts). */
  #terms(): Promise<readonly string[]> {
    this.#termsLoaded ??= fetch(this.#view.termsUrl)
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
    return this.#termsLoaded;
  }

  /** Keeps what the outcome found; hits of a query with punctuation are checked against the text first. */
  async #take(query: string, outcome: SearchOutcome) {
    this.#found = 'results' in outcome ? outcome.results : [];
    this.#kind =
      outcome.kind === 'loose' ? 'loose' : outcome.kind === 'browse' ? 'browse' : 'exact';
    this.#phrases =
      outcome.kind === 'loose' || outcome.kind === 'all'
        ? outcome.words
        : query.trim()
          ? [query.trim()]
          : [];
    this.#data.clear();
    if (outcome.kind === 'exact' && outcome.verify && this.#found.length <= VERIFY_LIMIT) {
      const all = await Promise.all(this.#found.map((result) => result.data()));
      this.#found = this.#found.filter((result, index) => {
        this.#data.set(result.id, all[index]!);
        return containsVerbatim(all[index]!.content, query);
      });
    }
  }

  #count() {
    return this.#results.length;
  }

  /** The data of the next batch of results from `from`. */
  async #batch(from: number): Promise<PagefindResultData[]> {
    const to = Math.min(from + BATCH, this.#count());
    return Promise.all(
      this.#results.slice(from, to).map((result) => this.#data.get(result.id) ?? result.data()),
    );
  }

  #append(data: PagefindResultData[]) {
    this.#view.list.append(
      ...data.map((item) => renderResult(item, this.#phrases, this.#kind, this.#view.casesUrl)),
    );
    this.#shown += data.length;
    this.#view.more.hidden = this.#shown >= this.#count();
  }
}
