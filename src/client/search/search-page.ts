import { FILTER_NAMES } from '../../common/search/filters.ts';
import { hasSearch, readSearchState, writeSearchState, type SearchState } from './state.ts';
import type { SearchResults } from './results.ts';
import { loadPagefind } from './pagefind.ts';
import { pickCases } from './compare-picks.ts';
import { showFilterCounts, showChosenFilters } from './filter-menus.ts';
import type { FilterCounts } from './filter-sets.ts';

/**
 * The search page: runs the search in the URL on load (so trainers can link a
 * search), and again whenever the form is submitted or a filter changes. With no
 * query it lists the newest entries the filters allow. With nothing chosen, the
 * page's HTML already holds the newest entries, in the index's order, so the
 * search code (results.ts) and the index load only for a search, a filter or “显示更多”.
 */
class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #filters!: HTMLDetailsElement;
  #results: Promise<SearchResults> | undefined;
  /** The last counts shown, kept to show again when the site menu is filled in. */
  #counts: FilterCounts | undefined;
  #counting = 0;

  connectedCallback() {
    this.#form = this.querySelector('[data-search-form]')!;
    this.#filters = this.querySelector('[data-search-filters]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
    const state = readSearchState(location.search);
    this.#fill(state);
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    this.#form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.#submit();
    });
    // Counted only when the filters are looked at: counting downloads every filter's page lists.
    this.#filters.addEventListener('toggle', () => {
      if (this.#filters.open) void this.#count();
    });
    this.querySelector('[data-filters-done]')!.addEventListener('click', () => {
      this.#filters.open = false;
      this.#filters.querySelector('summary')!.focus();
    });
    this.querySelector('[data-search-status]')!.addEventListener('click', (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('[data-clear-filters]'))
        return;
      for (const name of FILTER_NAMES) this.#field(name).value = '';
      this.#submit();
      this.#filters.querySelector('summary')!.focus();
    });
    more.addEventListener('click', () => void this.#use((results) => results.showMore()));
    // Fetching the code and the index's runtime as the reader starts typing saves that wait on the first search.
    this.#field('q').addEventListener(
      'focus',
      () => {
        void this.#load().catch(() => undefined);
        void loadPagefind(this.dataset.indexUrl!).catch(() => undefined);
      },
      { once: true },
    );
    pickCases(this, list);
    void this.#fillSites();
    if (hasSearch(state)) {
      // The newest entries the page came with are not what was asked for.
      list.replaceChildren();
      more.hidden = true;
      void this.#search(state);
    }
  }

  #load(): Promise<SearchResults> {
    this.#results ??= import('./results.ts').then(
      ({ SearchResults }) =>
        new SearchResults({
          status: this.querySelector('[data-search-status]')!,
          list: this.querySelector('[data-search-results]')!,
          more: this.querySelector('[data-search-more]')!,
          indexUrl: this.dataset.indexUrl!,
          termsUrl: this.dataset.termsUrl!,
          casesUrl: this.dataset.casesUrl!,
        }),
    );
    return this.#results;
  }

  async #search(state: SearchState) {
    // Busy at once, before the search code has loaded, so nothing reads the list as answered.
    this.querySelector('[data-search-results]')!.setAttribute('aria-busy', 'true');
    showChosenFilters(this.#filters, state.filters);
    await this.#use((results) => results.search(state));
    if (this.#filters.open) await this.#count();
  }

  /** Shows in each menu how many results each value would leave. */
  async #count() {
    const run = ++this.#counting;
    const menus = [...this.#filters.querySelectorAll('select')];
    const offered = Object.fromEntries(
      menus.map((menu) => [
        menu.name,
        [...menu.options].map((option) => option.value).filter(Boolean),
      ]),
    );
    await this.#use(async (results) => {
      const counts = await results.counts(offered);
      if (run !== this.#counting) return;
      this.#counts = counts;
      showFilterCounts(menus, counts);
    });
  }

  /** Runs `action` once the search code is loaded; if it cannot load, says so and tries again next time. */
  async #use(action: (results: SearchResults) => Promise<void>) {
    try {
      await action(await this.#load());
    } catch {
      this.#results = undefined;
      this.querySelector('[data-search-results]')!.setAttribute('aria-busy', 'false');
      this.querySelector('[data-search-status]')!.textContent = '检索程序加载失败，请刷新重试。';
    }
  }

  #fill(state: SearchState) {
    this.#field('q').value = state.q;
    for (const name of FILTER_NAMES) {
      const field = this.#field(name);
      const value = state.filters[name] ?? '';
      // The site list arrives from its own file; until then a site from the URL needs an option of its own.
      if (
        value &&
        field instanceof HTMLSelectElement &&
        ![...field.options].some((option) => option.value === value)
      )
        field.append(new Option(value, value));
      field.value = value;
    }
    showChosenFilters(this.#filters, state.filters);
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

  /**
   * The model sites come from a file of their own, not the page, so the page stays
   * the same size however many sites there are; asking the index for them would
   * download every filter's page lists. A site already chosen (from the URL) stays chosen.
   */
  async #fillSites() {
    const select = this.#field('site') as HTMLSelectElement;
    let names: string[];
    try {
      const response = await fetch(this.dataset.sitesUrl!);
      if (!response.ok) return;
      names = (await response.json()) as string[];
    } catch {
      return;
    }
    const chosen = select.value;
    select.replaceChildren(new Option('全部', ''), ...names.map((name) => new Option(name, name)));
    if (chosen && !names.includes(chosen)) select.append(new Option(chosen, chosen));
    select.value = chosen;
    if (this.#counts) showFilterCounts([select], this.#counts);
    if (this.#filters.open) void this.#count();
  }
}

customElements.define('search-page', SearchPage);
