// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
import { typographyChanges } from './typography.ts';

/**
 * Detectors for marks that pasting leaves in Chinese text, shared by the rules
 * on the body and on the frontmatter, so both say the same thing the same way.
 */

/** A Chinese character or a full-width (CJK) punctuation mark. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;

/** Half-width full stops written after Chinese text. */
export interface HalfWidthMarks {
  /** Index of the first one. */
  index: number;
  mark: string;
  count: number;
}

/**
 * The half-width full stops after Chinese characters in `text`, before a break or
 * more Chinese. Unlike the marks common/typography.ts corrects, a `.` there has two
 * right forms (。 ending a sentence, 、 after a number such as 一.), so a person decides.
 */
export function halfWidthMarks(text: string): HalfWidthMarks | undefined {
  let first: HalfWidthMarks | undefined;
  let count = 0;
  for (let index = text.indexOf('.'); index >= 0; index = text.indexOf('.', index + 1)) {
    const before = text[index - 1] ?? '';
    const after = text[index + 1] ?? '';
    if (!CJK.test(before) || !(after === '' || /\s/.test(after) || CJK.test(after))) continue;
    count += 1;
    first ??= { index, mark: '.', count: 0 };
  }
  return first && { ...first, count };
}

/** How to fix half-width full stops. */
export function halfWidthFix(found: HalfWidthMarks): string {
  return `句末的“${found.mark}”改成句号“。”；序号后面的改成顿号“、”，例如“一、”。`;
}

/** Characters that show nothing but break search and copying: zero-width spaces, soft hyphens, control characters. */
const INVISIBLE: Readonly<Record<string, string>> = {
  '\u200b': '零宽空格',
  '\u200c': '零宽不连字',
  '\u200d': '零宽连字',
  '\u2060': '零宽不换行空格',
  '\ufeff': '零宽不换行空格（BOM）',
  '\u00ad': '软连字符',
  '\u2028': '行分隔符',
  '\u2029': '段分隔符',
};

/**
 * The first invisible or control character in `text` that the site does not
 * remove by itself (common/typography.ts removes zero-width spaces, BOMs, soft hyphens
 * and joiners next to text), with its name.
 */
export function invisibleCharacter(text: string): { index: number; name: string } | undefined {
  const removed = new Set(
    typographyChanges(text)
      .filter((change) => change.kind === 'invisible')
      .map((change) => change.index),
  );
  const pattern =
    // eslint-disable-next-line no-control-regex -- invisible and control characters are what this looks for
    /[\u200b-\u200d\u2060\ufeff\u00ad\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
  const match = [...text.matchAll(pattern)].find((found) => !removed.has(found.index));
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return { index: match.index, name: `${INVISIBLE[match[0]] ?? '控制字符'} U+${code}` };
}

/** The fix for an invisible character. */
export const INVISIBLE_FIX =
  '删除它：它多半是复制粘贴时带进来的，在编辑器里看不见，可以把它前后的几个字删掉重新输入。';
