import { describe, expect, test } from 'vitest';
import { findQuoteMismatch, findQuoteSpan } from '../../src/common/quote-match.ts';

const SOURCE = '要大力推行区域化党建联盟，完善议事决策、联席会商等制度，推动资源共享。';

describe('findQuoteMismatch', () => {
  test.each([
    ['a passage quoted word for word', '推行区域化党建联盟，完善议事决策'],
    ['spaces and line breaks inside the quotation', '推行区域化 党建联盟，\n完善议事决策'],
    ['half-width punctuation where the source has full-width', '推行区域化党建联盟,完善议事决策'],
    [
      'a zero-width space and a no-break space pasted inside',
      '推行区域化\u200b党建联盟，\u00a0完善',
    ],
  ])('finds no difference for %s', (_, quotation) => {
    expect(findQuoteMismatch(SOURCE, quotation)).toBeUndefined();
  });

  test.each([
    ['straight quotes where the source has Chinese ones', '发扬"说干就干,干就干好"的工作作风'],
    ['a straight quote cut off with half the quotation', '"说干就干'],
    ['Chinese quotes where the source has straight ones', '发扬“说干就干，干就干好”的'],
  ])('finds no difference for %s', (_, quotation) => {
    const source = quotation.includes('“')
      ? '发扬"说干就干,干就干好"的工作作风'
      : '发扬“说干就干，干就干好”的工作作风';
    expect(findQuoteMismatch(source, quotation)).toBeUndefined();
  });

  test('points at the first character that differs, in both texts', () => {
    const quotation = '推行区域化党建联合，完善议事决策';
    const found = findQuoteMismatch(SOURCE, quotation)!;
    expect(quotation[found.quoteIndex]).toBe('合');
    expect(SOURCE[found.sourceIndex]).toBe('盟');
    expect(SOURCE.slice(found.sourceStart, found.sourceStart + 2)).toBe('推行');
  });

  test('counts from the quotation as written, spaces included', () => {
    const quotation = '推行 区域化党建联合';
    expect(quotation[findQuoteMismatch(SOURCE, quotation)!.quoteIndex]).toBe('合');
  });

  test('finds a missing character where the texts part', () => {
    const quotation = '推行区域化党建联，完善';
    const found = findQuoteMismatch(SOURCE, quotation)!;
    expect(quotation[found.quoteIndex]).toBe('，');
    expect(SOURCE[found.sourceIndex]).toBe('盟');
  });

  test('aligns by the most matching characters when the first one already differs', () => {
    const quotation = '需大力推行区域化党建联盟';
    const found = findQuoteMismatch(SOURCE, quotation)!;
    expect(found.quoteIndex).toBe(0);
    expect(SOURCE[found.sourceIndex]).toBe('要');
  });

  test('says where the source ends when the quotation runs past it', () => {
    const quotation = '推动资源共享。以及更多';
    const found = findQuoteMismatch(SOURCE, quotation)!;
    expect(quotation[found.quoteIndex]).toBe('以');
    expect(found.sourceIndex).toBe(SOURCE.length);
  });
});

describe('an ellipsis at either end of a quotation', () => {
  test('marks a cut and is not compared: the rest must still be word for word', () => {
    expect(findQuoteMismatch(SOURCE, '……推行区域化党建联盟……')).toBeUndefined();
    expect(findQuoteMismatch(SOURCE, '… 推行区域化党建联盟')).toBeUndefined();
    const quotation = '……推行区域化党建联合……';
    expect(quotation[findQuoteMismatch(SOURCE, quotation)!.quoteIndex]).toBe('合');
  });

  test('inside a quotation is text like any other, and differs from the source', () => {
    expect(findQuoteMismatch(SOURCE, '推行……党建联盟')).toBeDefined();
  });

  test('is told apart by findQuoteSpan, which says where in the source the quotation lies', () => {
    const span = findQuoteSpan(SOURCE, '……推行区域化 党建联盟')!;
    expect(SOURCE.slice(span.start, span.end)).toBe('推行区域化党建联盟');
    expect([span.cutStart, span.cutEnd]).toEqual([true, false]);
    expect(findQuoteSpan(SOURCE, '推行党建')).toBeUndefined();
  });
});
