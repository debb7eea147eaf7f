import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IFontAttributesProperties,
  type IRunStylePropertiesOptions,
} from 'docx';
import { handoutOf, type Handout, type HandoutMaterial } from './handout.ts';
import type { Pack } from './state.ts';

/**
 * Fonts named the way Word and WPS on Windows know them: the East Asian name picks
 * the Chinese face (宋体 for text, 黑体 for headings), Latin text keeps a Latin one.
 */
const SONG: IFontAttributesProperties = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '宋体',
};
const HEI: IFontAttributesProperties = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };

/** Sizes in half-points, by their Chinese names: 小二 18 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE = { title: 36, part: 32, heading: 28, text: 24, small: 21 } as const;
/** Twips: two characters of 小四, the first-line indent of Chinese body text. */
const INDENT = 480;
/** The QR code's side on the page, in pixels at 96 per inch (about 2.5 cm). */
const QR_SIZE = 96;

const heading = (size: number): { run: IRunStylePropertiesOptions } => ({
  run: { font: HEI, size, bold: false, color: '000000', italics: false },
});

/**
 * A Word document of the handout: title, each material with its heading, text,
 * 学习要点, citation, address and QR code, then the 研讨题; page numbers in the
 * footer. Real heading styles, so Word's navigation pane and outline work on it.
 */
export function handoutDocument(handout: Handout): Document {
  return new Document({
    title: handout.title,
    creator: handout.site,
    description: `由${handout.site}学习单生成`,
    styles: {
      default: {
        document: {
          run: { font: SONG, size: SIZE.text, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          // 1.5 lines, proportional, so a line holding a QR code grows to fit it rather than cutting it.
          paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO, after: 120 } },
        },
        title: heading(SIZE.title),
        heading1: heading(SIZE.part),
        heading2: heading(SIZE.heading),
        heading3: heading(SIZE.text),
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440 } },
        },
        footers: { default: pageNumbers() },
        children: [
          new Paragraph({
            text: handout.title,
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: `${handout.site}\u3000${handout.made}`, size: SIZE.small }),
            ],
          }),
          new Paragraph({ text: '学习材料', heading: HeadingLevel.HEADING_1 }),
          ...handout.materials.flatMap(material),
          new Paragraph({ text: '研讨题', heading: HeadingLevel.HEADING_1 }),
          ...(handout.questions.length > 0
            ? handout.questions.map(
                (question, index) => new Paragraph({ text: `${index + 1}. ${question}` }),
              )
            : [new Paragraph({ text: '（本学习单没有研讨题。）' })]),
        ],
      },
    ],
  });
}

function material(item: HandoutMaterial): Paragraph[] {
  return [
    new Paragraph({ text: item.heading, heading: HeadingLevel.HEADING_2, keepNext: true }),
    new Paragraph({ text: item.text, indent: { firstLine: INDENT } }),
    ...item.points.map(
      (point) =>
        new Paragraph({
          indent: { firstLine: INDENT },
          children: [new TextRun({ text: '学习要点：', font: HEI }), new TextRun(point)],
        }),
    ),
    ...item.sections.flatMap((section) => [
      new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_3, keepNext: true }),
      ...section.paragraphs.map(
        (paragraph) => new Paragraph({ text: paragraph, indent: { firstLine: INDENT } }),
      ),
    ]),
    new Paragraph({
      keepNext: true,
      children: [new TextRun({ text: `引用：${item.citation}`, size: SIZE.small })],
    }),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: item.qr,
          transformation: { width: QR_SIZE, height: QR_SIZE },
          altText: { name: '二维码', description: `扫码打开：${item.url}`, title: '二维码' },
        }),
        new TextRun({ text: '\u3000扫码或打开：', size: SIZE.small }),
        new ExternalHyperlink({
          link: item.url,
          children: [new TextRun({ text: item.url, size: SIZE.small, style: 'Hyperlink' })],
        }),
      ],
    }),
  ];
}

function pageNumbers(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: SIZE.small,
            children: ['第 ', PageNumber.CURRENT, ' 页\u3000共 ', PageNumber.TOTAL_PAGES, ' 页'],
          }),
        ],
      }),
    ],
  });
}

/** The file's name: the pack's title, without the characters Windows refuses in a name. */
export const wordFileName = (title: string) =>
  `${
    [...title]
      .map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? '_' : char))
      .join('')
      .trim() || '学习单'
  }.docx`;

/** What the page says once the file is written: where to find it and what to do with it. */
export const downloadedMessage = (name: string) =>
  `已生成“${name}”，请在浏览器的下载列表里打开。可以用 Word 或 WPS 修改后再印发。`;

/**
 * Reads the pack's materials from their pages, writes them as a .docx and hands
 * it to the browser as a download; no server takes part. Returns the file's name.
 */
export async function downloadWord(pack: Pack): Promise<string> {
  const handout = await handoutOf(pack);
  const blob = await Packer.toBlob(handoutDocument(handout));
  const name = wordFileName(handout.title);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click returns; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return name;
}
