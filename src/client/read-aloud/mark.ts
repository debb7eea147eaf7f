import type { Passage } from './queue.ts';

const MARK = 'reading-now';

/** Takes the mark off whatever was being read. */
export function unmark(): void {
  for (const marked of document.querySelectorAll<HTMLElement>(`.${MARK}`)) {
    marked.classList.remove(MARK);
    marked.removeAttribute('aria-current');
  }
}

/**
 * Marks the passage being read and keeps the words being spoken on screen, clear of the
 * bar at the foot (`covered` pixels): a passage that fits is centred in the space above the
 * bar; in one taller than that, the piece being read, placed by its share of the passage's
 * characters, is kept in the upper third. Scrolls smoothly unless the reader asks for less motion.
 */
export function markPassage(passage: Passage, piece: number, covered: number): void {
  const { element, pieces } = passage;
  if (piece === 0) {
    unmark();
    element.classList.add(MARK);
    element.setAttribute('aria-current', 'true');
  }
  const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  const room = innerHeight - covered;
  const box = element.getBoundingClientRect();
  if (box.height <= room) {
    // The mark's scroll-margin-bottom (global.css) is the bar's height, so centring leaves it clear of the bar.
    if (piece === 0) element.scrollIntoView({ block: 'center', behavior });
    return;
  }
  const total = pieces.reduce((sum, text) => sum + text.length, 0);
  const before = pieces.slice(0, piece).reduce((sum, text) => sum + text.length, 0);
  const top = scrollY + box.top + (box.height * before) / total - room / 3;
  scrollTo({ top: piece === 0 ? scrollY + box.top - 16 : top, behavior });
}
