// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).

/** Where a clause begins: the text's start or a mark that ends the clause before. */
const CLAUSE_START = '(?:^|[，。；：！？])';

/** What may stand between a clause's start and its main verb: the speech as subject, a conjunction, an adverb. */
const BEFORE_VERB = '(?:讲话|并|还|也|同时|又)?(?:大力|进一步|切实|积极|着力|继续|认真|努力)?';

/**
 * Words that make a sentence a requirement when they are its main verb:
 * - 要求 as a verb (讲话要求推进……), not the noun of 按照……的要求;
 * - 要 as a modal opening a clause, after the speech or an adverb at most
 *   (要大力推行……), so 重要、主要、需要 and 说明要…… (a verb's object) are not;
 * - 推进、推行 opening a clause the same way, but not 推进会 (a meeting) nor
 *   推进了、推行过 (what is done).
 */
const REQUIREMENT = new RegExp(
  [
    `(?<![的之])要求(?![和与及的])(?=\\p{Script=Han})`,
    `${CLAUSE_START}${BEFORE_VERB}要(?![求点事素是])(?=\\p{Script=Han})`,
    `${CLAUSE_START}${BEFORE_VERB}(?:推进|推行)(?![会了过])`,
  ].join('|'),
  'u',
);

/** What in a case's title or summary reads as a deployment, not a practice already done. */
export interface RequirementWord {
  /** The word as found: 试点, 要求, 要, 推进 or 推行. */
  word: string;
  /** Its index in the text. */
  index: number;
}

/**
 * The first word of a text that says the speech deploys rather than reports: a
 * 试点 named, or 要求/要/推进/推行 as a clause's main verb (see REQUIREMENT). A
 * heuristic for a 提醒, never an error: a person reads the speech and decides.
 */
export function requirementWord(text: string): RequirementWord | undefined {
  const pilot = text.indexOf('试点');
  const verb = REQUIREMENT.exec(text);
  const verbWord = verb && /要求|要|推进|推行/.exec(verb[0]);
  const found: RequirementWord[] = [];
  if (pilot >= 0) found.push({ word: '试点', index: pilot });
  if (verb && verbWord) found.push({ word: verbWord[0], index: verb.index + verbWord.index });
  return found.sort((a, b) => a.index - b.index)[0];
}
