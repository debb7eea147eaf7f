const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）',
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

/** Text reduced for comparing quotations: whitespace dropped, punctuation made full-width. */
export function comparable(text: string): string {
  return toFullWidthPunctuation(text.replace(/\s+/g, ''));
}

/** Plain text of a rendered HTML fragment, for checking quotations. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (entity: string, code: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return named[code.toLowerCase()] ?? entity;
    });
}
