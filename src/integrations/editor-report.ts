import { formatReport, type Finding } from '../checks/finding.ts';

/**
 * Prints a headline and the findings as `npm run check` does, ending with the
 * count, on stderr and without the logger: Astro's logger would put its time,
 * level and integration name in English before the first finding.
 */
export function printReport(headline: string, findings: readonly Finding[]): void {
  process.stderr.write(`${headline}\n${formatReport(findings)}\n`);
}

/**
 * Stops a build with the editors' report alone and exit code 1. An error thrown
 * from a hook would instead be wrapped by Astro in English ("An unhandled error
 * occurred…", a hint, the location and a stack trace) that buries the report.
 * @see https://github.com/withastro/astro/blob/main/packages/astro/src/integrations/hooks.ts (withTakingALongTimeMsg)
 */
export function refuseBuild(headline: string, findings: readonly Finding[]): never {
  printReport(headline, findings);
  process.exit(1);
}
