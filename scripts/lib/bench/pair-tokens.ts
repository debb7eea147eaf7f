import { BLOCK_BREAK, WORD_BREAK, tokensOf } from '../../../src/common/search/tokens.ts';

/**
 * An experiment for `npm run bench:index -- --tokens pair`, not what the site indexes:
 * each Chinese character indexed as the pair it starts (网格化 → 网格 格化 化$, `$` closing
 * a run), so that a phrase query loads the short lists of its pairs instead of the long
 * lists of its single characters. Positions stay one token per character.
 */
const HAN = /^\p{Script=Han}$/u;
const END = '$';

/** Indexed content (common/search/tokens.ts `indexContent`) with every Chinese character turned into its pair. */
export function pairContent(content: string): string {
  const pieces = content.split(WORD_BREAK);
  return pieces
    .map((piece, at) => {
      if (!HAN.test(piece)) return piece;
      // The next token, skipping punctuation as the phrase search does, but never a block break.
      for (let next = at + 1; next < pieces.length; next += 1) {
        const candidate = pieces[next]!;
        if (candidate === BLOCK_BREAK) break;
        if (tokensOf(candidate).length === 0) continue;
        return HAN.test(candidate) ? piece + candidate : piece + END;
      }
      return piece + END;
    })
    .join(WORD_BREAK);
}

/** The pair tokens a phrase query looks up: every pair inside it, and a lone last character as itself. */
export function pairQueryTokens(query: string): string[] {
  const tokens = tokensOf(query);
  return tokens.flatMap((token, at) => {
    if (!HAN.test(token)) return [token];
    const next = tokens[at + 1];
    if (next !== undefined && HAN.test(next)) return [token + next];
    // The text may go on after the query's last character: only a lone one needs a lookup of its own.
    const previous = tokens[at - 1];
    return previous !== undefined && HAN.test(previous) ? [] : [token];
  });
}
