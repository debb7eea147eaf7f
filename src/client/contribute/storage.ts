import type { Draft } from './draft.ts';

/** Where the draft lives: in this browser only, never sent anywhere. */
const KEY = 'kb-contribute-draft';

/** The draft kept in this browser, if any. */
export function loadDraft(): Draft | undefined {
  try {
    const stored = localStorage.getItem(KEY);
    return stored ? parseDraft(stored) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the draft; says whether the browser let it (a private window may refuse). */
export function saveDraft(draft: Draft): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the draft. */
export function clearDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}

/** A draft read from storage or an exported file; undefined when the text is not one. */
export function parseDraft(text: string): Draft | undefined {
  try {
    const value = JSON.parse(text) as Partial<Draft>;
    if (typeof value !== 'object' || !value || typeof value.collection !== 'string')
      return undefined;
    return {
      collection: value.collection,
      values: typeof value.values === 'object' && value.values ? value.values : {},
      bodies: typeof value.bodies === 'object' && value.bodies ? value.bodies : {},
      fileName: typeof value.fileName === 'string' ? value.fileName : '',
      nameEdited: value.nameEdited === true,
    };
  } catch {
    return undefined;
  }
}
