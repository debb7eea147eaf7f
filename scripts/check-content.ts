// npm run check: runs every content rule and prints each finding as file:line:column,
// rule, what is wrong and how to fix it, in Chinese. Exits 1 on any error.
import { runChecks, hasErrors } from '../src/checks/index.ts';
import { formatReport } from '../src/checks/finding.ts';

const root = process.argv[2] ?? process.cwd();
const findings = await runChecks(root);
console.log(formatReport(findings));
process.exit(hasErrors(findings) ? 1 : 0);
