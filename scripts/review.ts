// npm run review: for reviewers of a merge request, lists the pages it adds, changes and
// removes on the published site (URL and title), compared with the target branch; writes
// review-summary.md, adds it to the GitHub job summary when there is one, and prints it.
import { appendFileSync, writeFileSync } from 'node:fs';
import { reviewSummary } from './lib/review-summary.ts';
import { siteChangesFor } from './lib/site-changes.ts';

const { changes, notice } = siteChangesFor(process.cwd());
const summary = reviewSummary(changes, notice);
writeFileSync('review-summary.md', summary);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
console.log(summary);
