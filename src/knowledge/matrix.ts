import type { CaseItem, ConceptItem, SiteItem } from './items.ts';
import type { TagIndex } from './tag-index.ts';

/** The cases at one concept × model-site crossing. */
export interface MatrixCell {
  concept: ConceptItem;
  site: SiteItem;
  cases: CaseItem[];
}

/**
 * The concept × model-site table: for each pair, the cases tagged with both,
 * newest first. Built from the concept index in one pass, so its cost follows
 * the number of tags, not concepts times sites times cases.
 */
export function buildMatrix(
  concepts: ConceptItem[],
  sites: SiteItem[],
  index: Pick<TagIndex, 'casesByConcept'>,
): Map<string, MatrixCell> {
  const siteById = new Map(sites.map((site) => [site.id, site]));
  const cells = new Map<string, MatrixCell>();
  for (const concept of concepts) {
    for (const item of index.casesByConcept.get(concept.id) ?? []) {
      for (const site of item.sites) {
        const key = cellKey(concept.id, site.id);
        const cell = cells.get(key) ?? { concept, site: siteById.get(site.id)!, cases: [] };
        cell.cases.push(item);
        cells.set(key, cell);
      }
    }
  }
  return cells;
}

/** How a cell is looked up. */
export const cellKey = (conceptId: string, siteId: string) => `${conceptId} ${siteId}`;
