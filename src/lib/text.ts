/** The half-width marks pasted Chinese text carries, and the full-width mark each stands for. */
export const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/**
 * Restores full-width punctuation between Chinese characters, which pasted text
 * often loses (the source speech arrived with `,` for `，`). Punctuation inside
 * Latin text and numbers, such as `1,000` or `a:b`, is left alone.
 * @example toFullWidthPunctuation('同志们:今天,我们') // '同志们：今天，我们'
 */
export function toFullWidthPunctuation(text: string): string {
  return text.replace(/[,:;?!()]/g, (mark, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + 1] ?? '';
    const latin = /[A-Za-z0-9]/;
    const bothLatin = latin.test(before) && latin.test(after);
    return bothLatin ? mark : HALF_TO_FULL[mark]!;
  });
}
