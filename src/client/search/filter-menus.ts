import type { ChosenFilters, FilterCounts } from './filter-sets.ts';

/**
 * Writes into each menu how many results each value would leave: 案例（12）.
 * A value that would leave none reads （0） and cannot be chosen (the browser
 * greys it out and tells screen readers it is unavailable), unless it is the
 * one chosen, which must stay shown. 全部 counts the results without that menu's filter.
 */
export function showFilterCounts(menus: HTMLSelectElement[], counts: FilterCounts): void {
  for (const menu of menus) {
    const byValue = counts[menu.name];
    if (!byValue) continue;
    for (const option of menu.options) {
      option.dataset.label ??= option.textContent ?? '';
      const count = byValue[option.value];
      if (count === undefined) continue;
      option.textContent = `${option.dataset.label}（${count}）`;
      option.disabled = count === 0 && option.value !== '' && option.value !== menu.value;
    }
  }
}

/**
 * The folded filters' summary: 筛选（2） and the chosen values, so what narrows the
 * results is in sight while the menus are folded away.
 */
export function showChosenFilters(filters: HTMLDetailsElement, chosen: ChosenFilters): void {
  // Named as their options say them (约2019年 for the value 2019), not by the value in the URL.
  const values = Object.entries(chosen).flatMap(([name, value]) => {
    if (!value) return [];
    const menu = filters.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    const option = [...(menu?.options ?? [])].find((item) => item.value === value);
    return [option?.dataset.label ?? value];
  });
  filters.querySelector('[data-filters-label]')!.textContent =
    values.length > 0 ? `筛选（${values.length}）` : '筛选';
  filters.querySelector('[data-filters-chosen]')!.textContent = values.join('、');
}
