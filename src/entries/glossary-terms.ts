import { basename } from 'node:path';
import { readContentText } from './text-encoding.ts';
import { entryFiles } from './content-files.ts';
import { readEntrySource } from './frontmatter.ts';
import { glossarySchema } from '../schemas/glossary.ts';

/** A glossary term as the Markdown pipeline needs it to link the term's first use. */
export interface GlossaryTerm {
  id: string;
  title: string;
  /** The forms that link to it: the title and its synonyms. */
  forms: string[];
  /** The one-sentence definition shown in the popover. */
  summary: string;
}

/**
 * Reads the published glossary terms from content/glossary before Astro loads
 * content, because the Markdown pipeline that links them is set up first. The
 * content check reports files that do not parse; here they are skipped.
 */
export function readGlossaryTerms(root: string): GlossaryTerm[] {
  return entryFiles(root, 'glossary').flatMap((file) => {
    let fields: Record<string, unknown>;
    try {
      fields = readEntrySource(readContentText(file)).data;
    } catch {
      return [];
    }
    // Through the glossary schema, so synonyms are split and trimmed exactly as on the term's own page.
    const parsed = glossarySchema.safeParse(fields);
    if (!parsed.success || parsed.data.draft) return [];
    const { title, synonyms, summary } = parsed.data;
    return [
      { id: basename(file, '.mdx'), title, forms: [...new Set([title, ...synonyms])], summary },
    ];
  });
}
