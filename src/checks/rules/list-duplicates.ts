import { sentenceParts } from '../../schemas/common.ts';
import { SCHEMAS } from '../../schemas/index.ts';
import { sourceKey, sourceSchema } from '../../schemas/source.ts';
import type { RefResolver } from '../../common/refs.ts';
import { warning, type Finding, type Place } from '../finding.ts';
import type { CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';
import type { PlacedItem } from '../yaml-positions.ts';
import { resolversFor } from './references.ts';

/** List fields of names, and what an item names when two spellings can name one entry. */
const NAME_LISTS = ['concepts', 'sites', 'tags', 'synonyms', 'aliases'] as const;

/** List fields of sentences, one item each. */
const SENTENCE_LISTS = ['points', 'questions'] as const;

/** What one item of a reference list names, for saying that two spellings are one entry. */
const NOUNS: Readonly<Record<string, string>> = { concepts: '理念', sites: '示范点' };

const FIX = '删去这一项。';

/** How to settle a paragraph given both as speaking of the practice and as background. */
const ROLE_FIX =
  '讲话在这一段提出这项要求或说到这个做法，留在 paragraphs；只是交代背景，留在 background；删去另一处。';

/**
 * An item written twice in a list field has one right form, the list without the
 * repeat, which is what the schema keeps (the first of each, in order) and the
 * page shows. Each repeat is named where it is written, as a warning: two
 * spellings of one entry (its Chinese title and its file name) count as one.
 */
export function checkListDuplicates(context: CheckContext): Finding[] {
  const resolvers = resolversFor(context.entries);
  return context.entries.flatMap((entry) => {
    if (!entry.data) return [];
    const shape = SCHEMAS[entry.collection].shape;
    const has = (field: string) => Object.hasOwn(shape, field);
    const findings: Finding[] = [];
    for (const field of NAME_LISTS.filter(has)) {
      const resolver = field === 'concepts' || field === 'sites' ? resolvers[field] : undefined;
      findings.push(
        ...repeats(entry, field, entry.positions.itemsAt([field]), (value) =>
          resolver ? (resolver.resolve(value) ?? value) : value,
        ),
      );
    }
    for (const field of SENTENCE_LISTS.filter(has)) {
      const items = entry.positions.itemsAt([field], (value, inList) =>
        sentenceParts(inList ? [value] : value),
      );
      findings.push(...repeats(entry, field, items, (value) => value));
    }
    if (has('sources')) findings.push(...repeatedSources(entry));
    if (has('cites')) findings.push(...repeatedCites(entry, resolvers.speeches));
    return findings;
  });
}

/** The repeats among `items`, two being one when `keyOf` says they are. */
function repeats(
  entry: EntryFile,
  field: string,
  items: readonly PlacedItem[],
  keyOf: (value: string) => string,
): Finding[] {
  const first = new Map<string, string>();
  return items.flatMap(({ value, place }) => {
    const key = keyOf(value);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, value);
      return [];
    }
    return [repeat(entry, place, field, value, earlier, NOUNS[field] ?? '项')];
  });
}

function repeat(
  entry: EntryFile,
  place: Place,
  field: string,
  value: string,
  earlier: string,
  noun: string,
): Finding {
  const message =
    earlier === value
      ? `${field} 里“${value}”写重复了（前面已有），重复的这一项不会显示。`
      : `${field} 里“${value}”和前面的“${earlier}”是同一个${noun}，重复的这一项不会显示。`;
  return warning(entry.file, place, 'duplicate-item', message, FIX);
}

/** Sources alike in every field, as the schema reads them. */
function repeatedSources(entry: EntryFile): Finding[] {
  const sources = entry.data?.sources;
  if (!Array.isArray(sources)) return [];
  const seen = new Set<string>();
  return sources.flatMap((source: unknown, index) => {
    const parsed = sourceSchema.safeParse(source);
    if (!parsed.success) return [];
    const key = sourceKey(parsed.data);
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [
      warning(
        entry.file,
        entry.positions.valueAt(['sources', index]),
        'duplicate-item',
        `sources 里“${parsed.data.title}”这一项写重复了（前面有一模一样的一项），重复的这一项不会显示。`,
        '删去这一项（从它的 - title: 到下一项之前）。',
      ),
    ];
  });
}

/**
 * A paragraph of a speech cited again in the same list, the speech by its id or
 * its title; and one given in the other list of a cite naming the same speech
 * another way (the same spelling is the schema's error), which the site reads as cited.
 */
function repeatedCites(entry: EntryFile, speeches: RefResolver): Finding[] {
  const cites = entry.data?.cites;
  if (!Array.isArray(cites)) return [];
  const first = new Map<string, string>();
  const roles = new Map<string, { speech: string; field: string }>();
  return cites.flatMap((cite: { speech?: unknown }, index) => {
    if (typeof cite?.speech !== 'string') return [];
    const speech = cite.speech.trim();
    const id = speeches.resolve(speech) ?? speech;
    return (['paragraphs', 'background'] as const).flatMap((field) =>
      entry.positions.itemsAt(['cites', index, field]).flatMap(({ value, place }) => {
        const other = roles.get(`${id}\u0000${value}`);
        if (!other) roles.set(`${id}\u0000${value}`, { speech, field });
        else if (other.field !== field && other.speech !== speech)
          return [
            warning(
              entry.file,
              place,
              'duplicate-item',
              `cites 里讲话“${speech}”的“${value}”写在 ${field} 里，前面“${other.speech}”（同一篇讲话）把它写在 ${other.field} 里。一段只能写在一处，现在按 paragraphs（讲到这个做法的段落）显示。`,
              ROLE_FIX,
            ),
          ];
        const key = `${id}\u0000${field}\u0000${value}`;
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, speech);
          return [];
        }
        const message =
          earlier === speech
            ? `cites 里讲话“${speech}”的“${value}”写重复了（前面已有），重复的这一项不会显示。`
            : `cites 里讲话“${speech}”的“${value}”前面已经写过（“${earlier}”是同一篇讲话），重复的这一项不会显示。`;
        return [warning(entry.file, place, 'duplicate-item', message, FIX)];
      }),
    );
  });
}
