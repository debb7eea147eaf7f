import { describe, expect, test } from 'vitest';
import { MAX_SPOKEN, spokenPieces } from '../../src/client/read-aloud/sentences.ts';

describe('spokenPieces', () => {
  test.each([
    ['', 10, []],
    ['同志们：', 10, ['同志们：']],
    // Short enough for one utterance: whole, whatever its sentences.
    ['一是甲。二是乙。', 8, ['一是甲。二是乙。']],
    ['一是甲。二是乙。', 4, ['一是甲。', '二是乙。']],
    // As many sentences in a piece as fit.
    ['甲。乙。丙丁戊己。', 4, ['甲。乙。', '丙丁戊己。']],
    // Each of the marks ends a sentence, with the quote or bracket closing after it.
    ['他说：“很好！”我们呢？要干；行;', 6, ['他说：“很好！”', '我们呢？', '要干；行;']],
    ['（见上文。）再说。', 5, ['（见上文。）', '再说。']],
    // A sentence longer than a piece stays whole; a tail without an end mark is a piece too.
    ['这是一个很长很长的句子。短句', 5, ['这是一个很长很长的句子。', '短句']],
  ])('%s in pieces of at most %i characters: %j', (text, max, pieces) => {
    expect(spokenPieces(text, max)).toEqual(pieces);
  });

  test('loses and adds nothing: the pieces run together are the text', () => {
    const text = '城乡社区是居民群众安居乐业的家园，是社会治理的基本单元。'.repeat(9) + '等等';
    const pieces = spokenPieces(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length <= MAX_SPOKEN)).toBe(true);
  });
});
