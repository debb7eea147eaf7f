import { FILTER_NAMES, type FilterName } from '../../common/search/filters.ts';

/** What is being searched for: a query and the chosen filter values. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
}

/**
 * Reads the search from a URL query string, so `/search/?q=四所合一&type=案例` can be linked.
 * @example readSearchState('?q=%E5%9B%9B') // { q: '四', filters: {} }
 */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** Writes a search back to a query string, leaving out what is empty. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when there is anything to search for. */
export const hasSearch = (state: SearchState) =>
  state.q !== '' || Object.keys(state.filters).length > 0;

/** The filters in the shape Pagefind takes. */
export const pagefindFilters = (state: SearchState): Record<string, string[]> =>
  Object.fromEntries(Object.entries(state.filters).map(([name, value]) => [name, [value]]));
