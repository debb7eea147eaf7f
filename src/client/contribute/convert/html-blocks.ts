import type { Block, Run } from '../../../common/draft/blocks.ts';
import { runsText, tidyRuns } from '../../../common/draft/blocks.ts';

/** The name style attributes are read under (see htmlBlocks). */
const STYLE = 'data-word-style';
/**
 * Blocks from HTML: what mammoth makes of a Word file, what Word or WPS put on the
 * clipboard (`MsoNormal` paragraphs, `mso-list` list paragraphs with their marker in
 * a `mso-list:Ignore` span, bold as `<b>` or a style, conditional comments, `<o:p>`),
 * or a web page's selection. The HTML is only parsed (DOMParser, an inert document:
 * no script of it runs, no image of it loads) and read; links keep their text.
 */
export function htmlBlocks(html: string): { blocks: Block[]; images: number } {
  // Even in an inert document Chromium checks styles against the page's CSP and reports each as a
  // violation: style and script elements go before parsing (they hold no text), and style attributes,
  // which say what is bold, a list or hidden, are read under another name.
  const inert = html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/(<[a-z][^<>]*?\s)style(\s*=)/gi, `$1${STYLE}$2`);
  const document = new DOMParser().parseFromString(inert, 'text/html');
  const reader = new Reader();
  reader.read(document.body);
  reader.flush();
  return { blocks: reader.blocks, images: reader.images };
}

/** Elements whose content is no text of the page. */
const SKIP = new Set(
  'script style noscript template iframe frame object embed head title meta link svg math canvas video audio select textarea button input'.split(
    ' ',
  ),
);

/** Elements that end the paragraph before them and start a new one. */
const BLOCK = new Set(
  'p div blockquote section article header footer main aside nav figure figcaption address center dl dt dd pre hr form fieldset legend details summary li tr td th tbody thead tfoot caption'.split(
    ' ',
  ),
);

/** Where the text being read goes: the paragraphs of the body, or one item, cell or heading. */
interface Sink {
  text(text: string, bold: boolean): void;
  /** A block boundary or a <br>: a new paragraph, or a space inside one. */
  break(): void;
}

/** A sink for one line of runs (a heading, a list item, a table cell). */
class Line implements Sink {
  runs: Run[] = [];
  text(text: string, bold: boolean) {
    this.runs.push(bold ? { text, bold } : { text });
  }
  break() {
    // A line break: a space between words, nothing between Chinese characters (tidyRuns).
    this.runs.push({ text: '\n' });
  }
}

const hasText = (runs: readonly Run[]) => runsText(runs) !== '';

/** A marker of a list paragraph Word put on the clipboard, and what it says about the list. */
function listMarker(marker: string): 'bullet' | 'number' | 'text' {
  const text = marker.replace(/[\s\u00a0]+/g, '');
  if (/^\d{1,9}[.)]$/.test(text)) return 'number';
  // Symbol and Wingdings bullets come as one letter or a private-use character: , o, §, Ø.
  if ([...text].length <= 1 || /^[\p{P}\p{S}]+$/u.test(text)) return 'bullet';
  return 'text';
}

function styleOf(element: Element): string {
  return element.getAttribute(STYLE) ?? element.getAttribute('style') ?? '';
}

/** Whether an element's style or tag makes its text bold, given the boldness around it. */
function boldOf(element: Element, around: boolean): boolean {
  const name = element.localName;
  let bold = around || name === 'b' || name === 'strong';
  // `mso-bidi-font-weight:normal` is Word's and says nothing of this text: only `font-weight` counts.
  const weight = /(?:^|[;\s])font-weight\s*:\s*([^;]+)/i.exec(styleOf(element))?.[1]?.trim();
  if (weight)
    bold =
      /^(bold|bolder|[6-9]00)/i.test(weight) ||
      (bold && !/^(normal|lighter|[1-5]00)/i.test(weight));
  return bold;
}

const hidden = (element: Element) =>
  element.hasAttribute('hidden') ||
  /(?:^|[;\s])(display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden)/i.test(
    styleOf(element),
  );

class Reader implements Sink {
  blocks: Block[] = [];
  images = 0;
  #runs: Run[] = [];
  /** The Word list the last block continues, so its next paragraph joins it. */
  #wordList: string | undefined;

  text(text: string, bold: boolean) {
    this.#runs.push(bold ? { text, bold } : { text });
  }

  break() {
    this.flush();
  }

  /** Ends the paragraph being read. */
  flush() {
    if (hasText(this.#runs)) this.#push({ type: 'paragraph', runs: tidyRuns(this.#runs) });
    this.#runs = [];
  }

  read(node: Node, sink: Sink = this, bold = false) {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) sink.text((child as Text).data, bold);
      else if (child.nodeType === Node.ELEMENT_NODE) this.#element(child as Element, sink, bold);
    }
  }

  #push(block: Block) {
    this.blocks.push(block);
    this.#wordList = undefined;
  }

  #element(element: Element, sink: Sink, bold: boolean) {
    const name = element.localName;
    if (SKIP.has(name) || hidden(element) || /mso-list\s*:\s*ignore/i.test(styleOf(element)))
      return;
    if (name === 'img') {
      this.images += 1;
      return;
    }
    if (name === 'v:imagedata') {
      // Word writes a picture twice, as VML and as an <img> beside it: count it once.
      const group = element.parentElement?.parentElement;
      if (!group || group.getElementsByTagName('img').length === 0) this.images += 1;
      return;
    }
    if (name === 'a' && /^#(foot|end)note-ref-/.test(element.getAttribute('href') ?? '')) return;
    if (name === 'br') return sink.break();
    const top = sink === this;
    const level = /^h([1-6])$/.exec(name)?.[1];
    if (level && top) return this.#heading(element, Number(level));
    if ((name === 'ul' || name === 'ol') && top) return this.#list(element, name === 'ol', bold);
    if (name === 'table' && top && !layoutTable(element as HTMLTableElement))
      return this.#table(element as HTMLTableElement, bold);
    if (name === 'p' && top && /mso-list\s*:\s*l\d+/i.test(styleOf(element)))
      return this.#wordListParagraph(element, bold);
    const block =
      BLOCK.has(name) || level !== undefined || name === 'table' || name === 'ul' || name === 'ol';
    if (block) sink.break();
    this.read(element, sink, boldOf(element, bold));
    if (block) sink.break();
  }

  #heading(element: Element, level: number) {
    this.flush();
    const line = new Line();
    this.read(element, line);
    if (hasText(line.runs))
      this.#push({
        type: 'heading',
        level: level === 1 ? 2 : level === 2 ? 3 : 4,
        runs: tidyRuns(line.runs),
      });
  }

  /** A list, its nested lists' items read as items of its own: the model has one level. */
  #list(list: Element, ordered: boolean, bold: boolean) {
    this.flush();
    const items: Run[][] = [];
    const item = (li: Element) => {
      const line = new Line();
      const nested: Element[] = [];
      for (const child of li.childNodes) {
        if (child instanceof Element && (child.localName === 'ul' || child.localName === 'ol'))
          nested.push(child);
        else if (child instanceof Element) this.#element(child, line, boldOf(li, bold));
        else if (child.nodeType === Node.TEXT_NODE)
          line.text((child as Text).data, boldOf(li, bold));
      }
      if (hasText(line.runs)) items.push(tidyRuns(line.runs));
      for (const inner of nested)
        for (const li of inner.children) if (li.localName === 'li') item(li);
    };
    for (const child of list.children) if (child.localName === 'li') item(child);
    if (items.length > 0) this.#push({ type: 'list', ordered, items });
  }

  #table(table: HTMLTableElement, bold: boolean) {
    this.flush();
    const rows: Run[][][] = [];
    for (const row of table.rows) {
      const cells: Run[][] = [];
      for (const cell of row.cells) {
        const line = new Line();
        this.read(cell, line, boldOf(cell, bold));
        cells.push(tidyRuns(line.runs));
        // A merged cell keeps the columns after it in their place.
        for (let span = 1; span < cell.colSpan; span += 1) cells.push([]);
      }
      if (cells.some(hasText)) rows.push(cells);
    }
    if (rows.length > 0) this.#push({ type: 'table', rows });
  }

  /**
   * A list paragraph from Word's clipboard. Its marker (1. or a bullet) says the
   * list's kind; a marker Markdown cannot number (一、 （1） a.) stays written in
   * front of the text, so that 一、 lines can still become headings.
   */
  #wordListParagraph(element: Element, bold: boolean) {
    this.flush();
    const marker = [...element.querySelectorAll('*')]
      .filter((child) => /mso-list\s*:\s*ignore/i.test(styleOf(child)))
      .map((child) => child.textContent ?? '')
      .join('')
      .replace(/[\s\u00a0]+/g, '');
    const line = new Line();
    this.read(element, line, boldOf(element, bold));
    if (!hasText(line.runs)) return;
    const kind = listMarker(marker);
    if (kind === 'text') {
      this.#push({ type: 'paragraph', runs: tidyRuns([{ text: marker }, ...line.runs]) });
      return;
    }
    const id = `${/mso-list\s*:\s*(l\d+)/i.exec(styleOf(element))?.[1]}:${kind}`;
    const last = this.blocks.at(-1);
    if (this.#wordList === id && last?.type === 'list') last.items.push(tidyRuns(line.runs));
    else {
      this.#push({ type: 'list', ordered: kind === 'number', items: [tidyRuns(line.runs)] });
      this.#wordList = id;
    }
  }
}

/**
 * A table used to lay out a page rather than to hold a table: one column, or a
 * table inside it. Old government sites put a whole article in one; its cells
 * are read as the body's blocks.
 */
function layoutTable(table: HTMLTableElement): boolean {
  const width = Math.max(0, ...[...table.rows].map((row) => row.cells.length));
  return width <= 1 || table.querySelector('table, h1, h2, h3, h4, h5, h6') !== null;
}
