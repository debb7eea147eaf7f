import { loadPagefind, type PagefindResult } from './pagefind.ts';
import { renderResult } from './render.ts';
import { FILTER_NAMES, hasSearch, pagefindFilters, readSearchState, writeSearchState, type SearchState } from './state.ts';

/** Results shown at a time; more load on request so a broad query stays fast on phones. */
const BATCH = 10;

/**
 * The search page: runs the search in the URL on load (so trainers can link a
 * search), and again whenever the form is submitted or a filter changes.
 */
class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #results: PagefindResult[] = [];
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
    if (hasSearch(state)) void this.#search(state);
    else this.#status.textContent = '输入词语后按“检索”，或选择筛选条件。';
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
    this.#status.textContent = '正在检索…';
    try {
      const pagefind = await loadPagefind(this.dataset.indexUrl!);
      const search = await pagefind.search(state.q || null, {
        filters: pagefindFilters(state),
        ...(state.q ? {} : { sort: { date: 'desc' } }),
      });
      if (run !== this.#run || !search) return;
      this.#results = search.results;
      this.#shown = 0;
      this.#list.replaceChildren();
      await this.#showMore();
      // Announced once the first results are on the page, so a screen reader can go straight to them.
      if (run === this.#run) this.#status.textContent = this.#summary(state);
    } catch {
      if (run === this.#run) this.#status.textContent = '检索索引尚未生成或无法加载。请先运行 npm run build，再用 npm run preview 打开网站。';
    } finally {
      if (run === this.#run) this.#list.setAttribute('aria-busy', 'false');
    }
  }

  #summary(state: SearchState) {
    const what = state.q ? `“${state.q}”` : '所选条件';
    return this.#results.length === 0 ? `没有找到与${what}相符的页面。` : `与${what}相符的页面共 ${this.#results.length} 个。`;
  }

  async #showMore() {
    const run = this.#run;
    const batch = this.#results.slice(this.#shown, this.#shown + BATCH);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== this.#run) return;
    this.#list.append(...data.map(renderResult));
    this.#shown += batch.length;
    this.#more.hidden = this.#shown >= this.#results.length;
  }
}

customElements.define('search-page', SearchPage);
