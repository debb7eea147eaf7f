import SpeechQuote from './SpeechQuote.astro';
import Note from './Note.astro';

/**
 * The components editors may use in MDX, by the name they write. Content never
 * imports anything; whatever is not listed here cannot appear in a page.
 */
export const mdxComponents = { SpeechQuote, Note };

/** The names editors may write, for checks and messages. */
export const MDX_COMPONENT_NAMES = Object.keys(mdxComponents);
