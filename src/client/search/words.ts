import { tokensOf } from '../../common/search/tokens.ts';

/**
 * The words of a query typed with spaces between them (社区 党员, as people type
 * into a web search engine): pages must hold each of them, not the phrase. A
 * full-width space separates words too. A query without spaces, or quoted whole,
 * is one phrase.
 * @example spacedWords('社区\u3000党员 社区') // ['社区', '党员']
 */
export function spacedWords(query: string): string[] {
  const trimmed = query.trim();
  if (/^["“].*["”]$/su.test(trimmed)) return [trimmed];
  return [...new Set(trimmed.split(/\s+/u).filter((word) => tokensOf(word).length > 0))];
}

/**
 * The words of a query for the looser search that runs when the phrase itself
 * is found nowhere: domain terms first (so 党群服务中心 stays whole), the rest by
 * the browser's word segmentation, whose runs of single characters (网|格 for a
 * word it does not know) are read as one word. A lone character is dropped:
 * matching pages that merely contain 段 and 简 somewhere is noise, not a result.
 * @example looseWords('网格化服务平台', ['网格化服务中心', '网格化']) // ['网格化', '服务', '平台']
 */
export function looseWords(query: string, dictionary: readonly string[]): string[] {
  const terms = [...dictionary].sort((a, b) => b.length - a.length);
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const chunk of query.split(/[\s\p{P}\p{S}]+/u).filter(Boolean)) {
    let rest = chunk;
    while (rest) {
      const term = terms.find((candidate) => rest.startsWith(candidate));
      if (term) {
        words.push(term);
        rest = rest.slice(term.length);
        continue;
      }
      const next = terms.reduce((at, candidate) => {
        const index = rest.indexOf(candidate);
        return index > 0 && index < at ? index : at;
      }, rest.length);
      words.push(
        ...mergeSingles(
          [...segmenter.segment(rest.slice(0, next))]
            .filter((part) => part.isWordLike)
            .map((part) => part.segment),
        ),
      );
      rest = rest.slice(next);
    }
  }
  return [
    ...new Set(words.filter((word) => tokensOf(word).length >= 2 || /^[a-z0-9]{2,}$/i.test(word))),
  ];
}

/** Joins runs of one-character segments into a word: the segmenter splits words it does not know. */
function mergeSingles(segments: string[]): string[] {
  const words: string[] = [];
  let run = '';
  for (const segment of segments) {
    if ([...segment].length === 1) {
      run += segment;
      continue;
    }
    if (run) words.push(run);
    run = '';
    words.push(segment);
  }
  if (run) words.push(run);
  return words;
}
