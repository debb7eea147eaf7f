import {
  loadPagefind,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind.ts';
import { renderResult, type MatchKind } from './render.ts';
import { runSearch, type SearchOutcome } from './engine.ts';
import { containsVerbatim } from './excerpt.ts';
import {
  FILTER_NAMES,
  hasSearch,
  pagefindFilters,
  readSearchState,
  writeSearchState,
  type SearchState,
} from './state.ts';
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
    for (const name of FILTER_NAMES) {
      const field = this.#field(name);
      const value = state.filters[name] ?? '';
      // The site list arrives with the index; until then a site from the URL needs an option of its own.
      if (
        value &&
        field instanceof HTMLSelectElement &&
        ![...field.options].some((option) => option.value === value)
      )
        field.append(new Option(value, value));
      field.value = value;
    }
  }

  #field(name: string) {
    return this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  }

  #submit() {
    const data = new FormData(this.#form);
    const state = readSearchState(
      `?${new URLSearchParams(data as unknown as Record<string, string>)}`,
    );
    history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
    void this.#search(state);
  }

  async #search(state: SearchState) {
    const run = ++this.#run;
    this.#list.setAttribute('aria-busy', 'true');
    this.#status.textContent = hasSearch(state) ? '正在检索…' : '正在载入最新条目…';
    try {
      const pagefind = await loadPagefind(this.dataset.indexUrl!);
      void this.#fillSites(pagefind);
      const outcome = await runSearch(state.q, {
        pagefind,
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
      this.#list.replaceChildren();
      this.#shown = 0;
      this.#append(first);
      this.#status.replaceChildren(
        ...describeOutcome(state.q, outcome, this.#count(), location.pathname),
      );
    } catch {
      if (run === this.#run)
        this.#status.textContent =
          '检索索引加载失败，请刷新重试；在本机预览要先运行 npm run build。';
    } finally {
      if (run === this.#run) this.#list.setAttribute('aria-busy', 'false');
    }
  }

  #termsLoaded: Promise<readonly string[]> | undefined;

  /** The domain terms, fetched once and only when a search needs them (see engine.ts). */
  #terms(): Promise<readonly string[]> {
    this.#termsLoaded ??= fetch(this.dataset.termsUrl!)
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
    return this.#termsLoaded;
  }

  #sitesFilled = false;

  /**
   * The model sites come from the index, not the page, so the page stays the same
   * size however many sites there are. A site already chosen (from the URL) stays chosen.
   */
  async #fillSites(pagefind: Pagefind) {
    if (this.#sitesFilled) return;
    this.#sitesFilled = true;
    const select = this.#field('site') as HTMLSelectElement;
    const names = Object.keys((await pagefind.filters()).site ?? {}).sort((a, b) =>
      a.localeCompare(b, 'zh-CN'),
    );
    const chosen = select.value;
    select.replaceChildren(new Option('全部', ''), ...names.map((name) => new Option(name, name)));
    if (chosen && !names.includes(chosen)) select.append(new Option(chosen, chosen));
    select.value = chosen;
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

  async #showMore() {
    const run = this.#run;
    const data = await this.#batch(this.#shown);
    if (run === this.#run) this.#append(data);
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
    this.#list.append(...data.map((item) => renderResult(item, this.#phrases, this.#kind)));
    this.#shown += data.length;
    this.#more.hidden = this.#shown >= this.#count();
  }
}

customElements.define('search-page', SearchPage);
