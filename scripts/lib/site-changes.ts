import { rmSync } from 'node:fs';
import { loadEntryFiles } from '../../src/checks/entry-files.ts';
import { siteUrlsOf } from '../../src/checks/site-urls.ts';
import { changedContentFiles, targetFor } from '../../src/checks/target-branch.ts';
import { readWithdrawals } from '../../src/checks/url-registry.ts';
import { siteConfig } from '../../src/site/config.ts';
import type { SiteChanges } from './review-summary.ts';

/**
 * What this change adds, changes and removes on the published site, compared with the
 * target branch: for the reviewers' summary and the preview's first page. `changes` is
 * missing where there is no target to compare with, and `notice` then says why.
 */
export function siteChangesFor(root: string): { changes?: SiteChanges; notice?: string } {
  const { target, notice } = targetFor(root, siteConfig.branch);
  if (!target) return { notice };
  const now = siteUrlsOf(loadEntryFiles(root).entries);
  const before = siteUrlsOf(loadEntryFiles(target.root).entries).permanent;
  rmSync(target.root, { recursive: true, force: true });
  const withdrawn = readWithdrawals(root);
  // An entry's own page changes with its file; lists and tag pages follow and are not listed.
  const modified = changedContentFiles(root, target.commit).flatMap(({ status, file }) => {
    const [, collection, id] = /^content\/([a-z]+)\/([a-z0-9-]+)\.mdx$/.exec(file) ?? [];
    const page = now.permanent.get(`/${collection}/${id}/`);
    return status === 'M' && page && before.has(page.url) ? [page] : [];
  });
  return {
    notice,
    changes: {
      target: { branch: target.branch, commit: target.commit },
      added: [...now.permanent.values()].filter((entry) => !before.has(entry.url)),
      changed: modified,
      removed: [...before.values()]
        .filter((entry) => !now.served.has(entry.url))
        .map((entry) => ({ ...entry, withdrawn: withdrawn.get(entry.url)?.reason })),
    },
  };
}
