import { describe, expect, test } from 'vitest';
import { fragmentId, hitSpans, mergeSpans, spansByPiece } from '../../src/client/highlight.ts';

/** The text with each span in 【】, to read a result at a glance. */
const marked = (text: string, words: string[]) => {
  let out = '';
  let at = 0;
  for (const [start, end] of hitSpans(text, words)) {
    out += `${text.slice(at, start)}【${text.slice(start, end)}】`;
    at = end;
  }
  return out + text.slice(at);
};

const TEXT = '网格化管理是把区域划分为若干网格，每个网格配备网格员；网格化服务中心汇总问题。';

describe('hitSpans', () => {
  test('marks every occurrence of a word, not only the first', () => {
    expect(marked(TEXT, ['网格员'])).toBe(
      '网格化管理是把区域划分为若干网格，每个网格配备【网格员】；网格化服务中心汇总问题。',
    );
    expect(hitSpans(TEXT, ['网格'])).toHaveLength(5);
  });

  test('makes one mark of words that overlap, whichever comes first in the query', () => {
    const expected =
      '【网格化】管理是把区域划分为若干【网格】，每个【网格】配备【网格】员；【网格化】服务中心汇总问题。';
    expect(marked(TEXT, ['网格化', '网格'])).toBe(expected);
    expect(marked(TEXT, ['网格', '网格化'])).toBe(expected);
  });

  test('marks the longer word when one lies inside another', () => {
    expect(marked(TEXT, ['服务', '网格化服务中心'])).toBe(
      '网格化管理是把区域划分为若干网格，每个网格配备网格员；【网格化服务中心】汇总问题。',
    );
  });

  test('joins words that only partly overlap into one mark', () => {
    expect(marked('推进网格化服务', ['网格化', '化服务'])).toBe('推进【网格化服务】');
  });

  test('marks a word given twice once', () => {
    expect(hitSpans(TEXT, ['网格员', '网格员'])).toEqual(hitSpans(TEXT, ['网格员']));
  });

  test('covers a word that overlaps itself', () => {
    expect(marked('哈哈哈！', ['哈哈'])).toBe('【哈哈哈】！');
  });

  test('reads characters that patterns treat specially as themselves', () => {
    expect(marked('a.b 与 a*b、(x)、[1]', ['.*', 'a.b', '(x)', '[1]', '\\'])).toBe(
      '【a.b】 与 a*b、【(x)】、【[1]】',
    );
  });

  test('finds nothing when the words are empty or absent', () => {
    expect(hitSpans(TEXT, ['', '党建'])).toEqual([]);
    expect(hitSpans('', ['网格'])).toEqual([]);
  });
});

describe('mergeSpans', () => {
  test('sorts spans and unites those that overlap, keeping touching ones apart', () => {
    expect(
      mergeSpans([
        [8, 10],
        [0, 2],
        [0, 3],
        [1, 5],
        [5, 6],
        [9, 9],
      ]),
    ).toEqual([
      [0, 5],
      [5, 6],
      [8, 10],
    ]);
  });
});

describe('spansByPiece', () => {
  test('cuts a span that runs across pieces, and gives each piece its own offsets', () => {
    // 与 | 网格化 (a glossary term) | 服务
    expect(spansByPiece([1, 3, 2], [[0, 6]])).toEqual([[[0, 1]], [[0, 3]], [[0, 2]]]);
    expect(
      spansByPiece(
        [4, 4],
        [
          [0, 1],
          [2, 5],
          [6, 7],
        ],
      ),
    ).toEqual([
      [
        [0, 1],
        [2, 4],
      ],
      [
        [0, 1],
        [2, 3],
      ],
    ]);
  });

  test('leaves empty pieces and pieces with no span empty', () => {
    expect(spansByPiece([2, 0, 2], [[2, 3]])).toEqual([[], [], [[0, 1]]]);
  });
});

describe('fragmentId', () => {
  test('decodes the id a fragment names', () => {
    expect(fragmentId('#p-5')).toBe('p-5');
    expect(fragmentId('#%E7%BD%91%E6%A0%BC')).toBe('网格');
  });

  test.each(['#%E0%A4%A', '#%', '#%E0', '#%ZZ', '#p-1%'])(
    'names nothing when the fragment cannot be decoded: %s',
    (hash) => {
      expect(fragmentId(hash)).toBeUndefined();
    },
  );

  test('names nothing when the fragment is empty', () => {
    expect(fragmentId('')).toBeUndefined();
    expect(fragmentId('#')).toBeUndefined();
  });
});
