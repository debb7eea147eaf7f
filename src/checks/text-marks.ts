/**
 * Detectors for marks that pasting leaves in Chinese text, shared by the rules
 * on the body and on the frontmatter, so both say the same thing the same way.
 */

import { HALF_TO_FULL } from '../lib/text.ts';

/** A Chinese character or a full-width (CJK) punctuation mark. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;

/** Half-width marks and what Chinese text uses instead: those the speech lost, and quotes and the full stop. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ...HALF_TO_FULL,
  '"': '“ ”',
  '.': '。',
};

/** Half-width marks written next to Chinese text. */
export interface HalfWidthMarks {
  /** Index of the first one. */
  index: number;
  mark: string;
  count: number;
}

/**
 * The half-width punctuation next to Chinese characters in `text` (as pasted text
 * often has), leaving alone marks between Latin letters or digits (1,000, 10:30, a.b).
 * A full stop counts only after a Chinese character and before a break or more Chinese.
 */
export function halfWidthMarks(text: string): HalfWidthMarks | undefined {
  let first: HalfWidthMarks | undefined;
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const mark = text[index]!;
    if (!Object.hasOwn(FULL_WIDTH, mark)) continue;
    const before = text[index - 1] ?? '';
    const after = text[index + 1] ?? '';
    const chinese =
      mark === '.'
        ? CJK.test(before) && (after === '' || /\s/.test(after) || CJK.test(after))
        : CJK.test(before) || CJK.test(after);
    if (!chinese) continue;
    count += 1;
    first ??= { index, mark, count: 0 };
  }
  return first && { ...first, count };
}

/** How to fix half-width marks, naming the one found first. */
export function halfWidthFix(found: HalfWidthMarks): string {
  return `把“${found.mark}”改成“${FULL_WIDTH[found.mark]}”；中文里的标点都用全角：，：；？！（）“”。`;
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

/** The first invisible or control character in `text`, with its name. */
export function invisibleCharacter(text: string): { index: number; name: string } | undefined {
  const match =
    // eslint-disable-next-line no-control-regex -- invisible and control characters are what this looks for
    /[\u200b-\u200d\u2060\ufeff\u00ad\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(
      text,
    );
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return { index: match.index, name: `${INVISIBLE[match[0]] ?? '控制字符'} U+${code}` };
}

/** The fix for an invisible character. */
export const INVISIBLE_FIX =
  '删除它：它多半是复制粘贴时带进来的，在编辑器里看不见，可以把它前后的几个字删掉重新输入。';
