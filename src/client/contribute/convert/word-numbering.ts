import { toChineseNumeral } from '../../../common/chinese-numerals.ts';

/** WordprocessingML's namespace. */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** One level of a Word list: how its number is written and where it starts. */
interface Level {
  format: string;
  text: string;
  start: number;
}

/** The number of a numbered paragraph as Word shows it, or undefined for a bullet. */
export interface NumberedParagraph {
  /** The list level, "0" for the top, as mammoth reports it. */
  level: string;
  /** The number as shown, 一、 or （二） or 1.; undefined for a bullet. */
  label: string | undefined;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const STEMS = '甲乙丙丁戊己庚辛壬癸';

/** A counter written in one of Word's number formats; undefined for a format this does not know. */
function formatted(n: number, format: string): string | undefined {
  if (format === 'decimal' || format === 'decimalZero') return String(n);
  if (
    /^(chineseCounting|chineseCountingThousand|japaneseCounting|taiwaneseCounting|ideographDigital)/.test(
      format,
    )
  )
    return toChineseNumeral(n);
  if (format === 'decimalFullWidth' || format === 'decimalFullWidth2')
    return String(n).replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
  if (format.startsWith('decimalEnclosedCircle')) return CIRCLED[n - 1];
  if (format === 'ideographTraditional') return STEMS[n - 1];
  if (format === 'lowerLetter' || format === 'upperLetter') {
    const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
    return format === 'upperLetter' ? letter.toUpperCase() : letter;
  }
  return undefined;
}

const attribute = (element: Element | undefined, name: string) =>
  element?.getAttributeNS(W, name) ?? element?.getAttribute(`w:${name}`) ?? undefined;
const child = (element: Element | undefined, name: string) =>
  element ? [...element.children].find((node) => node.localName === name) : undefined;

/** The list definitions of numbering.xml: each list's levels, and which definition each numId uses. */
function readNumbering(xml: Document) {
  const abstract = new Map<string, Map<string, Level>>();
  for (const definition of xml.getElementsByTagNameNS(W, 'abstractNum')) {
    const levels = new Map<string, Level>();
    for (const level of definition.getElementsByTagNameNS(W, 'lvl'))
      levels.set(attribute(level, 'ilvl') ?? '0', {
        format: attribute(child(level, 'numFmt'), 'val') ?? 'decimal',
        text: attribute(child(level, 'lvlText'), 'val') ?? '',
        start: Number(attribute(child(level, 'start'), 'val') ?? 1),
      });
    abstract.set(attribute(definition, 'abstractNumId') ?? '', levels);
  }
  const nums = new Map<string, string>();
  for (const num of xml.getElementsByTagNameNS(W, 'num'))
    nums.set(attribute(num, 'numId') ?? '', attribute(child(num, 'abstractNumId'), 'val') ?? '');
  return { abstract, nums };
}

/** The numbering each paragraph style carries (Word's 标题 styles often number themselves). */
function styleNumbering(xml: Document | undefined): Map<string, { numId: string; level: string }> {
  const styles = new Map<string, { numId: string; level: string }>();
  for (const style of xml?.getElementsByTagNameNS(W, 'style') ?? []) {
    const numPr = child(child(style, 'pPr'), 'numPr');
    const numId = attribute(child(numPr, 'numId'), 'val');
    if (numId)
      styles.set(attribute(style, 'styleId') ?? '', {
        numId,
        level: attribute(child(numPr, 'ilvl'), 'val') ?? '0',
      });
  }
  return styles;
}

/**
 * The numbers Word shows before its numbered paragraphs, in document order: Word
 * draws them from numbering.xml and keeps none in the text, so a converter reading
 * the text alone loses 一、 and （一）, which a speech's outline is made of.
 * Counting follows Word: a level counts up from its start, deeper levels start again.
 */
export function numberedParagraphs(
  document: Document,
  numbering: Document,
  styles?: Document,
): NumberedParagraph[] {
  const { abstract, nums } = readNumbering(numbering);
  const byStyle = styleNumbering(styles);
  const counters = new Map<string, number[]>();
  const result: NumberedParagraph[] = [];
  for (const paragraph of document.getElementsByTagNameNS(W, 'p')) {
    const properties = child(paragraph, 'pPr');
    const numPr = child(properties, 'numPr');
    const styled = byStyle.get(attribute(child(properties, 'pStyle'), 'val') ?? '');
    const numId = attribute(child(numPr, 'numId'), 'val') ?? styled?.numId;
    if (!numId || numId === '0') continue;
    const level = attribute(child(numPr, 'ilvl'), 'val') ?? styled?.level ?? '0';
    const definitionId = nums.get(numId) ?? '';
    const levels = abstract.get(definitionId);
    const definition = levels?.get(level);
    if (!levels || !definition) continue;
    const depth = Number(level);
    const count = counters.get(definitionId) ?? [];
    count[depth] = count[depth] === undefined ? definition.start : count[depth]! + 1;
    count.length = depth + 1;
    counters.set(definitionId, count);
    if (definition.format === 'bullet' || definition.format === 'none') {
      result.push({ level, label: undefined });
      continue;
    }
    let known = true;
    const label = definition.text.replace(/%(\d)/g, (_, which: string) => {
      const at = Number(which) - 1;
      const value = formatted(
        count[at] ?? levels.get(String(at))?.start ?? 1,
        levels.get(String(at))?.format ?? 'decimal',
      );
      if (value === undefined) known = false;
      return value ?? '';
    });
    result.push({ level, label: known ? label : undefined });
  }
  return result;
}
