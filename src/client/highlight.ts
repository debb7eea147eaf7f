/*
 * Marking the words of a search: on the page a result opens, and (mergeSpans)
 * in the result's passage. Every occurrence of every word is marked, words that
 * overlap (网格 inside 网格化) as one span, so a mark never nests in or crosses
 * another. The span rules live here, not in a module of their own: shared with
 * the search page, such a module becomes a chunk that the script every page
 * loads (boot.ts) must name, over its budget.
 */

/**
 * Marks the words a search found, on arrival from a search result (`?hl=词语`):
 * every occurrence, inside the paragraph the result pointed to, or the whole
 * entry. A match may run across element boundaries (a glossary term inside it),
 * so the text is matched as one string and marked node by node. A link mangled
 * on the way (`#%E0%A4%A`) marks nothing rather than failing.
 */
export function highlightFromUrl(): void {
  const words = (new URLSearchParams(location.search).get('hl') ?? '').split(/\s+/);
  const id = location.hash ? fragmentId(location.hash) : undefined;
  // A fragment that cannot be read points nowhere we know: marking the whole entry would mislead.
  if (location.hash && id === undefined) return;
  const scope = (id && document.getElementById(id)) || document.querySelector('article');
  if (!scope) return;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.para-num, [popover], script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const spans = hitSpans(nodes.map((node) => node.data).join(''), words);
  const pieces = spansByPiece(
    nodes.map((node) => node.data.length),
    spans,
  );
  nodes.forEach((node, index) => {
    // From the last piece back, so the offsets of the earlier ones stay those of the node's head.
    for (const [from, to] of [...pieces[index]!].reverse()) {
      const piece = node.splitText(from);
      piece.splitText(to - from);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      piece.replaceWith(mark);
      mark.append(piece);
    }
  });
  scope.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}

/** A span of text, from its first character to just after its last. */
export type Span = [start: number, end: number];

/** Sorted, non-overlapping spans covering the same characters as `spans`: overlapping ones become their union. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Every place in `text` where one of `words` occurs, as it is written (no
 * pattern: 。 or * is just a character), merged by `mergeSpans`.
 * @example hitSpans('网格化管理网格员', ['网格', '网格化']) // [[0, 3], [5, 7]]
 */
export function hitSpans(text: string, words: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const word of new Set(words.filter(Boolean))) {
    // On by one character, not by the word: 哈哈 occurs twice in 哈哈哈 and the merge keeps all three.
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      spans.push([at, at + word.length]);
  }
  return mergeSpans(spans);
}

/**
 * The element id a URL's #fragment names, percent-decoded; undefined when it
 * names none or cannot be decoded (`#%E0%A4%A`, a link mangled on the way).
 */
export function fragmentId(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * For a text cut into consecutive pieces of `lengths` (an element's text
 * nodes), the parts of `spans` that fall in each piece, as offsets within it: a
 * span across a boundary is cut in two. `spans` must be sorted and apart.
 */
export function spansByPiece(lengths: readonly number[], spans: readonly Span[]): Span[][] {
  let start = 0;
  let next = 0;
  return lengths.map((length) => {
    const end = start + length;
    // Spans that ended before this piece are done with; those that start in it are its own.
    while (next < spans.length && spans[next]![1] <= start) next += 1;
    const inside: Span[] = [];
    for (let at = next; at < spans.length && spans[at]![0] < end; at += 1)
      inside.push([Math.max(spans[at]![0], start) - start, Math.min(spans[at]![1], end) - start]);
    start = end;
    return inside;
  });
}
