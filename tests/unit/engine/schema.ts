// Validation of engine output against the shared retold.comparison/1 schema. The schema lives
// outside the repository (../shared/contracts); where it is absent, schema checks skip with a
// notice, like the seed tests, and fail under CI=true.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Path of the shared comparison schema. */
export const schemaPath = path.resolve(
  repoRoot,
  '..',
  'shared',
  'contracts',
  'comparison.schema.json',
);

/** Why schema checks are skipped, or null when they run. Throws under CI when missing. */
export function schemaSkipReason(): string | null {
  if (existsSync(schemaPath)) return null;
  if (process.env.CI === 'true')
    throw new Error(`CI=true but the schema is missing: ${schemaPath}`);
  const reason = `NOTICE: schema checks skipped, ${schemaPath} not found.`;
  console.warn(reason);
  return reason;
}

let validator: ((data: unknown) => boolean) & { errors?: unknown } = Object.assign(() => true);

if (existsSync(schemaPath)) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  validator = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
}

/** Schema errors of a value, as text; empty when valid (or when the schema is absent). */
export function schemaErrors(value: unknown): string {
  return validator(value) ? '' : JSON.stringify(validator.errors, null, 1);
}
