import type { DraftValue } from '../../common/draft/entry-file.ts';
import { cleanText } from '../../common/draft/entry-file.ts';
import { typography } from '../../common/typography.ts';
import { unescape } from './body-outline.ts';

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
};

/** Inline Markdown as nodes: **bold** and escapes; the text only ever set as text, never as HTML. */
function inline(text: string): Node[] {
  return text
    .split(/(\*\*[^*]+?\*\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('**') && part.endsWith('**') && part.length > 4
        ? make('strong', '', typography(unescape(part.slice(2, -2))))
        : document.createTextNode(typography(unescape(part))),
    );
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

/** The body's blocks as the page shows them: headings, paragraphs, lists, tables and quotations of a speech. */
function bodyNodes(body: string, speechTitle: (id: string) => string): Node[] {
  const nodes: Node[] = [];
  const blocks = body.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  for (const raw of blocks) {
    const block = raw.trim();
    if (!block) continue;
    const heading = /^(#{2,4})\s+(.*)$/.exec(block);
    const quote =
      /^<SpeechQuote\s+speech="([^"]*)"\s+at="([^"]*)"\s*>([\s\S]*?)<\/SpeechQuote>$/.exec(block);
    const lines = block.split('\n');
    if (heading) {
      const level = heading[1]!.length as 2 | 3 | 4;
      nodes.push(make(`h${level}`, level === 2 ? 'mt-8 text-xl' : 'mt-6 text-lg'));
      (nodes.at(-1) as HTMLElement).append(...inline(heading[2]!));
    } else if (quote) {
      const figure = make('figure', 'speech-quote my-4 border-l-4 border-brand bg-tint px-4 py-3');
      const text = make('blockquote', 'font-serif text-[1.05em]');
      text.append(...inline(quote[3]!.trim()));
      const caption = make(
        'figcaption',
        'mt-2 text-sm text-muted',
        `——《${speechTitle(quote[1]!)}》${quote[2]}`,
      );
      figure.append(text, caption);
      nodes.push(figure);
    } else if (lines.every((line) => /^(?:[-*+]|\d+[.)])\s/.test(line))) {
      const ordered = /^\d/.test(lines[0]!);
      const list = make(ordered ? 'ol' : 'ul', ordered ? 'list-decimal ps-6' : 'list-disc ps-6');
      for (const line of lines) {
        const item = make('li');
        item.append(...inline(line.replace(/^(?:[-*+]|\d+[.)])\s+/, '')));
        list.append(item);
      }
      nodes.push(list);
    } else if (lines.length >= 2 && lines.every((line) => line.trim().startsWith('|'))) {
      const table = make('table', 'my-4 w-full border-collapse');
      lines
        .filter((line) => !/^\|?\s*:?-{3,}/.test(line.trim()))
        .forEach((line, index) => {
          const row = make('tr');
          for (const cell of cells(line)) {
            const node = make(index === 0 ? 'th' : 'td', 'border border-line px-2 py-1');
            node.append(...inline(cell));
            row.append(node);
          }
          table.append(row);
        });
      nodes.push(table);
    } else {
      const paragraph = make('p', 'my-3');
      paragraph.append(...inline(lines.join('')));
      nodes.push(paragraph);
    }
  }
  return nodes;
}

/** Shows a draft as its page would: title, summary, facts and the body, in the site's type. */
export function renderPreview(
  target: HTMLElement,
  values: Record<string, DraftValue>,
  body: string,
  speechTitle: (id: string) => string,
): void {
  const text = (key: string) => {
    const field = values[key];
    return field?.kind === 'text' ? cleanText(field.value) : '';
  };
  const names = (key: string) => {
    const field = values[key];
    return field?.kind === 'names' ? field.value.map(cleanText).filter(Boolean) : [];
  };
  const label = make('p', 'text-sm font-bold text-muted', '预览');
  const title = make('h1', 'text-2xl sm:text-3xl', text('title') || '（还没有标题）');
  const summary = make('p', 'my-3 text-lg', text('summary'));
  const facts = ['kind', 'date', 'level', 'region', 'meeting', 'speaker']
    .map(text)
    .filter(Boolean)
    .join(' · ');
  const meta = make('p', 'text-sm text-muted', facts);
  const tags = make('p', 'flex flex-wrap gap-2 text-sm');
  for (const name of [...names('concepts'), ...names('sites'), ...names('tags')])
    tags.append(make('span', 'rounded border border-line px-2', name));
  const prose = make('div', 'prose');
  prose.append(...bodyNodes(body, speechTitle));
  target.replaceChildren(label, title, meta, summary, tags, prose);
}
