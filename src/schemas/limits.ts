/**
 * How long an entry and each of its parts may be, in characters (a Chinese
 * character counts one). The one definition the content check, the schemas (so
 * the build refuses too) and CONTRIBUTING.md go by. Each is several times what
 * real content needs: the longest municipal speeches run to 20,000–30,000
 * characters, the longest official titles to about 60; a limit only stops text
 * no entry needs (a whole document pasted in, the same text pasted many times),
 * before it can take the check down (Astro's MDX parser slows with the square of
 * a paragraph's length, and of the number of tags it has to match).
 */
export const LIMITS = {
  /** A whole entry file: the frontmatter and the body limits together. Checked before anything is read. */
  file: 150_000,
  /** The frontmatter block between the two `---` lines. */
  frontmatter: 50_000,
  /** The body, after the second `---`: three times the longest speech. */
  body: 100_000,
  /** One paragraph: lines with no blank line between them, which Markdown reads as one. */
  paragraph: 10_000,
  /** Half-width `<` in the body: they start the three components, a few each; the rest is pasted HTML, or a less-than sign that MDX cannot read. */
  tags: 1_000,
  /** Half-width `{` in the body: none belongs there (an expression is refused), so many is pasted code. */
  braces: 100,
  /** A title, and the other names: a meeting, a source's title, a cited speech, a list item. */
  title: 200,
  /** A summary: one or two sentences. */
  summary: 1_000,
  /** A paragraph-long field: the 整理说明 (note) and the basis of an inferred date. */
  note: 2_000,
  /** A short field: speaker, place, region, publisher. */
  name: 200,
  /** One 学习要点 or 研讨题. */
  sentence: 500,
  /** A source's web address. */
  url: 2_000,
  /** The items of any list field (tags, concepts, sources, cites, paragraphs…). */
  items: 200,
} as const;

/** A count as editors read it: 1,000, 2,000,045. */
export const amount = (n: number) => n.toLocaleString('en-US');

/** A number of characters as editors read it: 15 万字, 1,000 字. */
export const characters = (n: number) =>
  n >= 10_000 && n % 10_000 === 0 ? `${n / 10_000} 万字` : `${amount(n)} 字`;
