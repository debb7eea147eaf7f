import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import { renderResult, type MatchKind } from './render.ts';
import { runSearch, type SearchOutcome } from './engine.ts';
import { containsVerbatim } from './excerpt.ts';
import { hasSearch, pagefindFilters, type SearchState } from './state.ts';
import { describeOutcome } from './messages.ts';
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
  #results: PagefindResult[] = [];
  #verified: PagefindResultData[] | undefined;
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

  async search(state: SearchState) {
    const { list, status } = this.#view;
    const run = ++this.#run;
    list.setAttribute('aria-busy', 'true');
    status.textContent = hasSearch(state) ? '正在检索…' : '正在载入最新条目…';
    this.#prefilled = false;
    try {
      const outcome = await runSearch(state.q, {
        pagefind: await this.#pagefind(),
        filters: pagefindFilters(state),
        dictionary: () => this.#terms(),
      });
      if (run !== this.#run) return;
      await this.#take(state.q, outcome);
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
        ...describeOutcome(state.q, outcome, this.#count(), location.pathname),
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
        this.#prefilled = false;
      } catch {
        this.#view.status.textContent = '检索索引加载失败，请刷新重试。';
        return;
      }
    }
    const data = await this.#batch(this.#shown);
    if (run === this.#run) this.#append(data);
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
    this.#results = 'results' in outcome ? outcome.results : [];
    this.#kind =
      outcome.kind === 'loose' ? 'loose' : outcome.kind === 'browse' ? 'browse' : 'exact';
    this.#phrases = outcome.kind === 'loose' ? outcome.words : query.trim() ? [query.trim()] : [];
    this.#verified = undefined;
    if (outcome.kind === 'exact' && outcome.verify && this.#results.length <= VERIFY_LIMIT) {
      const all = await Promise.all(this.#results.map((result) => result.data()));
      this.#verified = all.filter((data) => containsVerbatim(data.content, query));
    }
  }

  #count() {
    return this.#verified?.length ?? this.#results.length;
  }

  /** The data of the next batch of results from `from`. */
  async #batch(from: number): Promise<PagefindResultData[]> {
    const to = Math.min(from + BATCH, this.#count());
    return (
      this.#verified?.slice(from, to) ??
      (await Promise.all(this.#results.slice(from, to).map((result) => result.data())))
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
