import { paragraphAnchor, paragraphRange, parseParagraphAnchor } from '../../common/anchors.ts';
import { numberingPlanOf } from '../../schemas/paragraph-numbers.ts';
import type { CheckContext } from '../context.ts';
import { error, type Finding } from '../finding.ts';
import { entryKey, type SpeechAnchors } from '../speech-outlines.ts';

/**
 * A speech's `paragraphNumbers` must say what its page does: every paragraph it
 * declares added is one of the text's paragraphs (letters run on after the
 * paragraph before: p-12a, p-12b), and every retired number leads to a paragraph
 * the text has, not to another retired number or one it declares added. The
 * schema has checked the form; this is what the numbering makes of it.
 */
export function checkParagraphNumbers(
  { entries }: CheckContext,
  anchors: Map<string, SpeechAnchors>,
): Finding[] {
  return entries.flatMap((entry) => {
    const speech = anchors.get(entryKey(entry.collection, entry.id));
    if (!speech) return [];
    const plan = numberingPlanOf(entry.data);
    const range = paragraphRange(speech.paragraphs.size);
    const inserted = plan.inserted.flatMap((id, index) => {
      if (speech.paragraphs.has(id)) return [];
      const { n, letter } = parseParagraphAnchor(id)!;
      const first = paragraphAnchor(n, 'a');
      return [
        error(
          entry.file,
          entry.positions.valueAt(['paragraphNumbers', 'inserted', index]),
          'cite',
          `paragraphNumbers.inserted 登记了 ${id}，但讲话里没有段落编成 ${id}：新加的段落紧跟在 ${paragraphAnchor(n)} 之后，依次编 ${first}、${paragraphAnchor(n, 'b')}……${letter === 'a' ? '' : '，字母要从 a 起连续'}${speech.paragraphs.has(paragraphAnchor(n)) ? '' : `，而讲话没有 ${paragraphAnchor(n)}`}。`,
          `对照讲话页面上每段前的编号改正，或删掉这一项（讲话的段落是 ${range}）。`,
        ),
      ];
    });
    const retired = Object.entries(plan.retired).flatMap(([from, to]) => {
      const place = entry.positions.valueAt(['paragraphNumbers', 'retired', from]);
      if (plan.inserted.includes(from))
        return [
          error(
            entry.file,
            place,
            'cite',
            `paragraphNumbers 里 ${from} 既登记为新加的段落，又登记为撤下的编号。`,
            `一个编号只能有一种：是新加的段落就从 retired 里删掉 ${from}，是撤下的编号就从 inserted 里删掉它。`,
          ),
        ];
      if (speech.paragraphs.has(to)) return [];
      return [
        error(
          entry.file,
          place,
          'cite',
          plan.retired[to] === undefined
            ? `paragraphNumbers.retired 让撤下的 ${from} 改为打开 ${to}，但讲话没有段落 ${to}（讲话的段落是 ${range}）。`
            : `paragraphNumbers.retired 让撤下的 ${from} 改为打开 ${to}，可 ${to} 自己也是撤下的编号。`,
          `写成 ${from}: 加上原来那段文字现在所在段落的编号（见讲话页面上每段前的编号）。`,
        ),
      ];
    });
    return [...inserted, ...retired];
  });
}
