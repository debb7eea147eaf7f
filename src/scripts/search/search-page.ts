import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import { renderResult, type MatchKind } from './render.ts';
import { runSearch, type SearchOutcome } from './engine.ts';
import { containsVerbatim } from './excerpt.ts';
import { FILTER_NAMES, hasSearch, pagefindFilters, readSearchState, writeSearchState, type SearchState } from './state.ts';
import { describeOutcome } from './messages.ts';

/** Results shown at a time; more load on request so a broad query stays fast on phones. */
const BATCH = 10;
/** Hits checked against the text when the query has punctuation; beyond this, the index's word is taken. */
const VERIFY_LIMIT = 200;

/**
 * The search page: runs the search in the URL on load (so trainers can link a
 * search), and again whenever the form is submitted or a filter changes. With no
 * query it lists the newest entries the filters allow.
 */
class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #results: PagefindResult[] = [];
  #verified: PagefindResultData[] | undefined;
  #phrases: string[] = [];
  #kind: MatchKind = 'exact';
  #shown = 0;
  #run = 0;

  connectedCallback() {
    this.#form = this.querySelector('[data-search-form]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]')!;
    const state = readSearchState(location.search);
    this.#fill(state);
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    this.#form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.#submit();
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    void this.#search(state);
  }

  #fill(state: SearchState) {
    this.#field('q').value = state.q;
    for (const name of FILTER_NAMES) this.#field(name).value = state.filters[name] ?? '';
  }

  #field(name: string) {
    return this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  }

  #submit() {
    const data = new FormData(this.#form);
    const state = readSearchState(`?${new URLSearchParams(data as unknown as Record<string, string>)}`);
    history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
    void this.#search(state);
  }

  async #search(state: SearchState) {
    const run = ++this.#run;
    this.#list.setAttribute('aria-busy', 'true');
    this.#status.textContent = hasSearch(state) ? '正在检索…' : '正在载入最新条目…';
    try {
      const pagefind = await loadPagefind(this.dataset.indexUrl!);
      const dictionary = JSON.parse(this.dataset.dictionary ?? '[]') as string[];
      const outcome = await runSearch(state.q, { pagefind, filters: pagefindFilters(state), dictionary });
      if (run !== this.#run) return;
      await this.#take(state.q, outcome);
      if (run !== this.#run) return;
      this.#list.replaceChildren();
      this.#shown = 0;
      await this.#showMore();
      // Announced once the first results are on the page, so a screen reader can go straight to them.
      if (run === this.#run) this.#status.replaceChildren(...describeOutcome(state.q, outcome, this.#count(), location.pathname));
    } catch {
      if (run === this.#run) this.#status.textContent = '检索索引尚未生成或无法加载。请先运行 npm run build，再用 npm run preview 打开网站。';
    } finally {
      if (run === this.#run) this.#list.setAttribute('aria-busy', 'false');
    }
  }

  /** Keeps what the outcome found; hits of a query with punctuation are checked against the text first. */
  async #take(query: string, outcome: SearchOutcome) {
    this.#results = 'results' in outcome ? outcome.results : [];
    this.#kind = outcome.kind === 'loose' ? 'loose' : outcome.kind === 'browse' ? 'browse' : 'exact';
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

  async #showMore() {
    const run = this.#run;
    const from = this.#shown;
    const to = Math.min(from + BATCH, this.#count());
    const data = this.#verified?.slice(from, to) ?? (await Promise.all(this.#results.slice(from, to).map((result) => result.data())));
    if (run !== this.#run) return;
    this.#list.append(...data.map((item) => renderResult(item, this.#phrases, this.#kind)));
    this.#shown = to;
    this.#more.hidden = this.#shown >= this.#count();
  }
}

customElements.define('search-page', SearchPage);
