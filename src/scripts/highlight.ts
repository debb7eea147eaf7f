/**
 * Marks the words a search found, on arrival from a search result (`?hl=词语`):
 * inside the paragraph the result pointed to, or the whole entry. A match may
 * run across element boundaries (a glossary term inside it), so the text is
 * matched as one string and marked node by node.
 */
export function highlightFromUrl(): void {
  const phrases = (new URLSearchParams(location.search).get('hl') ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const target = location.hash
    ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
    : null;
  const scope = target ?? document.querySelector('article');
  if (!scope || phrases.length === 0) return;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.para-num, [popover], script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  const ranges: Array<[number, number]> = [];
  for (const phrase of phrases) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length))
      ranges.push([at, at + phrase.length]);
  }
  let offset = 0;
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const start = offset;
    offset += node.data.length;
    const inside = ranges
      .filter(([from, to]) => from < offset && to > start)
      .map(([from, to]) => [Math.max(from, start) - start, Math.min(to, offset) - start] as const);
    for (const [from, to] of inside.reverse()) {
      const piece = node.splitText(from);
      piece.splitText(to - from);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      piece.replaceWith(mark);
      mark.append(piece);
      marks.unshift(mark);
    }
  }
  marks[0]?.scrollIntoView({ block: 'center' });
}
