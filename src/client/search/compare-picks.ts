import { COMPARE_MAX } from '../../common/compare-cases.ts';

/**
 * Cases ticked 选来对照 in the search results, in the order ticked and kept across
 * searches, so a reader can search for one practice, tick it, search for another
 * and compare them. A bar at the foot of the screen names them and leads to
 * /compare/?cases=a,b; a fifth tick is refused with a reason.
 */
export function pickCases(root: HTMLElement, list: HTMLElement): void {
  const bar = root.querySelector<HTMLElement>('[data-compare-bar]')!;
  const status = bar.querySelector<HTMLElement>('[data-compare-status]')!;
  const go = bar.querySelector<HTMLAnchorElement>('[data-compare-go]')!;
  const picked = new Map<string, string>();
  let refused = false;

  const show = () => {
    bar.hidden = picked.size === 0 && !refused;
    const titles = [...picked.values()].map((title) => `《${title}》`).join('、');
    status.textContent = refused
      ? `最多对照 ${COMPARE_MAX} 个案例：先取消一个再选。已选${titles}。`
      : picked.size === 1
        ? `已选${titles}。再选至少一个案例就能对照。`
        : `已选 ${picked.size} 个案例：${titles}。`;
    go.hidden = picked.size < 2;
    go.href = `${root.dataset.compareUrl}?cases=${[...picked.keys()].join(',')}`;
  };
  // A new search draws new results: ticks follow the cases, not the rows.
  const sync = () => {
    for (const box of list.querySelectorAll<HTMLInputElement>('[data-compare-case]'))
      box.checked = picked.has(box.value);
  };

  list.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.matches('[data-compare-case]')) return;
    refused = box.checked && !picked.has(box.value) && picked.size >= COMPARE_MAX;
    if (refused) box.checked = false;
    else if (box.checked) {
      const title = box.closest('li')?.querySelector('a')?.textContent?.trim() ?? box.value;
      picked.set(box.value, title);
    } else picked.delete(box.value);
    show();
  });
  bar.querySelector('[data-compare-clear]')!.addEventListener('click', () => {
    picked.clear();
    refused = false;
    sync();
    show();
  });
  new MutationObserver(sync).observe(list, { childList: true });
}
