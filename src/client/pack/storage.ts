import {
  MAX_QUESTIONS,
  decodePack,
  emptyPack,
  encodePack,
  sameItem,
  thisSite,
  type Pack,
  type PackItem,
} from './state.ts';

/** Where the reader's own pack lives: in this browser only, never sent anywhere. */
const KEY = 'kb-pack';
/** How many items it holds, read by the header on every page without loading this module. */
const COUNT_KEY = 'kb-pack-count';

/** The reader's pack, or an empty one. */
export function loadPack(): Pack {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored) {
      const result = decodePack(stored, thisSite());
      if (result.ok) return result.pack;
    }
  } catch {
    // Storage refused: start empty.
  }
  return emptyPack();
}

/** Keeps the pack and tells the page (the header count listens). */
export function savePack(pack: Pack): void {
  try {
    localStorage.setItem(KEY, encodePack(pack));
    localStorage.setItem(COUNT_KEY, String(pack.items.length));
  } catch {
    // Storage refused: the pack lasts for this page only.
  }
  document.dispatchEvent(new CustomEvent('kb-pack-change', { detail: pack }));
}

/**
 * Adds an item unless it is already there, with `questions` (a case's 研讨题) added
 * to the pack's questions that it does not hold yet; says whether it was added.
 */
export function addToPack(item: PackItem, questions: readonly string[] = []): boolean {
  const pack = loadPack();
  if (pack.items.some((existing) => sameItem(existing, item))) return false;
  const added = questions.filter((question) => !pack.questions.includes(question));
  savePack({
    ...pack,
    items: [...pack.items, item],
    questions: [...pack.questions, ...added].slice(0, MAX_QUESTIONS),
  });
  return true;
}
