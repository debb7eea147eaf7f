// npm run review: for reviewers of a merge request, lists the pages it adds, changes and
// removes on the published site (URL and title), compared with the target branch; writes
// review-summary.md, adds it to the GitHub job summary when there is one, and prints it.
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadEntryFiles } from '../src/checks/entry-files.ts';
import { siteUrlsOf } from '../src/checks/site-urls.ts';
import { changedContentFiles, targetFor } from '../src/checks/target-branch.ts';
import { readWithdrawals } from '../src/lib/url-registry.ts';
import { siteConfig } from '../src/site.config.ts';
import { reviewSummary, type SiteChanges } from './lib/review-summary.ts';

const root = process.cwd();
const { target, notice } = targetFor(root, siteConfig.repository.branch);
let changes: SiteChanges | undefined;
if (target) {
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
  changes = {
    target: { branch: target.branch, commit: target.commit },
    added: [...now.permanent.values()].filter((entry) => !before.has(entry.url)),
    changed: modified,
    removed: [...before.values()]
      .filter((entry) => !now.served.has(entry.url))
      .map((entry) => ({ ...entry, withdrawn: withdrawn.get(entry.url)?.reason })),
  };
}
const summary = reviewSummary(changes, notice);
writeFileSync('review-summary.md', summary);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
console.log(summary);
