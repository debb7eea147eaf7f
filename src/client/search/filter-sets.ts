import type { Pagefind } from './pagefind.ts';

/** Chosen filter values, by filter name (one value each, as the search page's menus choose). */
export type ChosenFilters = Partial<Record<string, string>>;

/** For each filter, the count of results each of its values would leave. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * The pages filed under each filter value, asked of the index once per value and
 * kept: a search then runs over all pages and the filters are applied here, so the
 * page knows both what a query finds and what the filters leave of it (“社区” has 23
 * results, none of them a 讲话), and can count what each value would leave. Only
 * the filters asked about are downloaded, as when Pagefind filters a search itself.
 */
export class FilterSets {
  #pagefind: Pagefind;
  #sets = new Map<string, Promise<ReadonlySet<string>>>();

  constructor(pagefind: Pagefind) {
    this.#pagefind = pagefind;
  }

  /** The ids of the pages filed under `value` of filter `name`. */
  pages(name: string, value: string): Promise<ReadonlySet<string>> {
    const key = `${name}\n${value}`;
    let set = this.#sets.get(key);
    if (!set) {
      set = this.#pagefind
        .search(null, { filters: { [name]: [value] } })
        .then((search) => new Set((search?.results ?? []).map((result) => result.id)));
      // A failed request is asked again next time rather than remembered as no pages.
      set.catch(() => this.#sets.delete(key));
      this.#sets.set(key, set);
    }
    return set;
  }

  /** `results` filed under every chosen value (all of them when none is chosen), in their order. */
  async narrow<T extends { id: string }>(results: T[], chosen: ChosenFilters): Promise<T[]> {
    const sets = await Promise.all(
      Object.entries(chosen).flatMap(([name, value]) => (value ? [this.pages(name, value)] : [])),
    );
    return results.filter((result) => sets.every((set) => set.has(result.id)));
  }

  /**
   * How many of `results` each offered value would leave, the other chosen filters
   * kept: choosing a value in a menu replaces that menu's value, so a menu's own choice
   * does not narrow its counts. Each menu's '' (全部) is what is left with that menu's filter off.
   */
  async count(
    results: Array<{ id: string }>,
    chosen: ChosenFilters,
    offered: Record<string, readonly string[]>,
  ): Promise<FilterCounts> {
    const counts: FilterCounts = {};
    for (const [name, values] of Object.entries(offered)) {
      const others = Object.fromEntries(Object.entries(chosen).filter(([key]) => key !== name));
      const left = await this.narrow(results, others);
      const sets = await Promise.all(values.map((value) => this.pages(name, value)));
      // '' is 全部: what is left with this menu's filter off.
      counts[name] = Object.fromEntries([
        ['', left.length],
        ...values.map((value, index) => [value, left.filter((r) => sets[index]!.has(r.id)).length]),
      ]);
    }
    return counts;
  }
}
