// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads a Chinese numeral from 一 to 九十九, as used in document numbering.
 * Returns `undefined` for anything else, so callers can tell "not a numeral" apart.
 * @example parseChineseNumeral('十二') // 12
 */
export function parseChineseNumeral(text: string): number | undefined {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? DIGITS[tens] : undefined;
  return (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0);
}

/**
 * Writes 1–99 as a Chinese numeral, the inverse of {@link parseChineseNumeral}.
 * @example toChineseNumeral(12) // '十二'
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`无法写成中文序号：${n}`);
  const names = '一二三四五六七八九';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const onesText = ones ? names.charAt(ones - 1) : '';
  if (tens === 0) return onesText;
  return `${tens === 1 ? '' : names.charAt(tens - 1)}十${onesText}`;
}
