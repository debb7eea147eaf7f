// Loaded on every page, small on purpose: it only listens. What a click needs is loaded then.
import { syncDisplayControls, toggleDisplay } from './display.ts';

syncDisplayControls();
// Arrived from a search result (?hl=词语): a test of the query string, lighter than parsing it.
if (/[?&]hl=/.test(location.search))
  void import('./highlight.ts').then(({ highlightFromUrl }) => highlightFromUrl());
updatePackCount();
document.addEventListener('kb-pack-change', updatePackCount);

/** The tools a click asks for, loaded the first time (one import, so the bundler writes its loader once). */
const tools = () => import('./tools.ts');

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const toggle = target.closest<HTMLElement>('[data-display-toggle]');
  if (toggle) toggleDisplay(toggle);
  const number = target.closest<HTMLAnchorElement>('a.para-num');
  const paragraph = number?.closest<HTMLElement>('p.para');
  if (
    number &&
    paragraph &&
    !event.defaultPrevented &&
    !(event as MouseEvent).ctrlKey &&
    !(event as MouseEvent).metaKey
  ) {
    event.preventDefault();
    // Marks the paragraph as the page's target (highlighted, linkable) without a new history entry.
    location.replace(`#${paragraph.id}`);
    void tools().then(({ toggleParagraphTools }) => toggleParagraphTools(paragraph, number));
  }
  const reference = target.closest<HTMLElement>('[data-copy-reference]');
  if (reference) void tools().then(({ copyPageReference }) => copyPageReference(reference));
  const add = target.closest<HTMLElement>('[data-pack-add]');
  if (add) void tools().then(({ addPage }) => addPage(add));
  const aloud = target.closest<HTMLElement>('[data-read-aloud]');
  if (aloud) void tools().then(({ readAloud }) => readAloud(aloud));
  if (target.closest('[data-print-page]')) print();
});

/** Shows how many things the reader's course pack holds, next to its link (kept by pack/storage.ts). */
function updatePackCount() {
  const badge = document.querySelector<HTMLElement>('[data-pack-count]');
  if (!badge) return;
  let count: number;
  try {
    count = Number(localStorage.getItem('kb-pack-count') ?? 0);
  } catch {
    count = 0;
  }
  badge.textContent = count > 0 ? `（${count}）` : '';
}
