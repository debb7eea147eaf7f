import SpeechQuote from './SpeechQuote.astro';
import Note from './Note.astro';
import Figure from './Figure.astro';
import type { AllowedComponentName } from './allowed.ts';

/**
 * The components editors may use in MDX, by the name they write. Content never
 * imports anything; whatever is not listed here cannot appear in a page.
 */
export const mdxComponents = { SpeechQuote, Note, Figure } satisfies Record<AllowedComponentName, unknown>;
