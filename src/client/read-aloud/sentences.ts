/**
 * The longest text handed to the speech engine at once, in characters. Chrome stops an
 * utterance after about 15 seconds; a Chinese voice reads some four to five characters a
 * second, so 60 characters end well before that.
 */
export const MAX_SPOKEN = 60;

// A sentence runs to its end mark (。！？；; and the like, with any closing quote or bracket after it).
const SENTENCE = /[^。！？；;!?]+(?:[。！？；;!?]+[”’」』）)]*|$)|[。！？；;!?]+[”’」』）)]*/g;

/**
 * A text in pieces short enough to speak in one utterance each: whole when it is short,
 * else cut after sentence ends, as many sentences in a piece as fit in `max` characters.
 * A single sentence longer than `max` stays whole: cutting it mid-sentence would read badly.
 * @example spokenPieces('一是甲。二是乙。', 4) // ['一是甲。', '二是乙。']
 */
export function spokenPieces(text: string, max = MAX_SPOKEN): string[] {
  if (text.length <= max) return text ? [text] : [];
  const pieces: string[] = [];
  for (const sentence of text.match(SENTENCE) ?? []) {
    const last = pieces.length - 1;
    if (last >= 0 && pieces[last]!.length + sentence.length <= max) pieces[last] += sentence;
    else pieces.push(sentence);
  }
  return pieces;
}
