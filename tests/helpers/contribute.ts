import type { Page } from 'playwright-core';
import {
  AlignmentType,
  Document,
  LevelFormat,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { deflateSync } from 'node:zlib';

/** One block of a test document, as Word holds it and as the built page must show it. */
export type DocBlock =
  | { kind: 'paragraph'; runs: Array<{ text: string; bold?: boolean }> }
  /** A heading line; `wordStyle` made with Word's 标题 1 style, `autoNumber` with its number drawn by Word's list numbering. */
  | { kind: 'heading'; level: 2 | 3; text: string; wordStyle?: boolean; autoNumber?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; rows: string[][] };

/**
 * A speech as a drafter writes it in Word: headings numbered by Word's automatic
 * numbering (一、（一）（二）), typed with the numbering (一是、二是), one made with
 * Word's 标题 style; bold, a list and a table.
 */
export const SPEECH_DOCUMENT: DocBlock[] = [
  { kind: 'paragraph', runs: [{ text: '同志们：' }] },
  {
    kind: 'paragraph',
    runs: [
      { text: '今天召开全市社区工作推进会，' },
      { text: '主要任务是总结经验、部署工作', bold: true },
      { text: '。' },
    ],
  },
  { kind: 'heading', level: 2, text: '一、提高认识，增强做好社区工作的责任感', autoNumber: true },
  { kind: 'heading', level: 3, text: '（一）为什么要加强社区工作', autoNumber: true },
  { kind: 'paragraph', runs: [{ text: '社区是居民群众安居乐业的家园，是社会治理的基本单元。' }] },
  { kind: 'list', items: ['服务居民群众', '化解矛盾纠纷', '凝聚各方力量'] },
  { kind: 'heading', level: 3, text: '（二）当前工作情况', autoNumber: true },
  {
    kind: 'table',
    rows: [
      ['项目', '情况'],
      ['社区服务中心', '已建成'],
    ],
  },
  { kind: 'paragraph', runs: [{ text: '近年来，各地深化改革创新，取得了较好的成效。' }] },
  { kind: 'heading', level: 2, text: '二、加强领导，确保各项任务落到实处', wordStyle: true },
  { kind: 'heading', level: 3, text: '一是强化责任落实' },
  { kind: 'paragraph', runs: [{ text: '各级党组织要履行主体责任，压实责任，强化落实。' }] },
  { kind: 'heading', level: 3, text: '二是强化督查考核' },
  { kind: 'paragraph', runs: [{ text: '要把社区工作纳入考核内容，定期督查通报。' }] },
];

/** A 1×1 PNG, for documents that hold a picture. */
export function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** The document as a .docx file, made with the docx library as Word would save it. */
export async function docxOf(
  blocks: DocBlock[],
  options: { image?: boolean } = {},
): Promise<Buffer> {
  const children = blocks.flatMap((block): Array<Paragraph | Table> => {
    switch (block.kind) {
      case 'paragraph':
        return [
          new Paragraph({
            children: block.runs.map((run) => new TextRun({ text: run.text, bold: run.bold })),
          }),
        ];
      case 'heading':
        if (block.autoNumber) {
          // The number is Word's, drawn from numbering.xml: the text holds only what follows it.
          const number = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.exec(
            block.text,
          )![0];
          return [
            new Paragraph({
              children: [new TextRun({ text: block.text.slice(number.length), bold: true })],
              numbering: { reference: 'outline', level: number.startsWith('（') ? 1 : 0 },
            }),
          ];
        }
        return [
          block.wordStyle
            ? new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 })
            : new Paragraph({
                children: [new TextRun({ text: block.text, bold: true })],
                alignment: AlignmentType.LEFT,
              }),
        ];
      case 'list':
        return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
      case 'table':
        return [
          new Table({
            rows: block.rows.map(
              (row) =>
                new TableRow({
                  children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
                }),
            ),
          }),
        ];
    }
  });
  if (options.image)
    children.push(
      new Paragraph({
        children: [
          new ImageRun({ type: 'png', data: tinyPng(), transformation: { width: 10, height: 10 } }),
        ],
      }),
    );
  const outline = {
    reference: 'outline',
    levels: [
      { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
      { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
    ],
  };
  return Packer.toBuffer(
    new Document({ numbering: { config: [outline] }, sections: [{ children }] }),
  );
}

/** Pastes into the body as a browser does: a paste event carrying the clipboard's HTML and text. */
export async function pasteInto(page: Page, selector: string, html: string, text: string) {
  await page.locator(selector).focus();
  await page.evaluate(
    ({ selector, html, text }) => {
      const data = new DataTransfer();
      if (html) data.setData('text/html', html);
      data.setData('text/plain', text);
      const target = document.querySelector(selector)!;
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { selector, html, text },
  );
}

/** The entry file the page has made, once it has caught up with the last change. */
export async function outputOf(page: Page): Promise<string> {
  await page.waitForTimeout(400);
  return (await page.locator('[data-output]').textContent()) ?? '';
}

/** The file name the page proposes, without .mdx. */
export const fileNameOf = (page: Page) => page.inputValue('[data-file-name]');

/** The findings the page lists, each as the check would print it after the place: message, then 改法. */
export async function pageFindings(page: Page): Promise<string[]> {
  await page.waitForTimeout(400);
  return page
    .locator('[data-findings] li')
    .evaluateAll((items) =>
      items.map((item) =>
        [...item.querySelectorAll('p')].map((line) => line.textContent ?? '').join('\n'),
      ),
    );
}
