// Validation of JSON exports against contract/export.schema.json, whose `comparison` is
// contract/comparison.schema.json (loaded beside it, as a consumer would).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { comparisonSchema, schemaPath } from '../../engine/schema';

const exportSchemaPath = path.join(path.dirname(schemaPath), 'export.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(comparisonSchema);
const validate = ajv.compile(JSON.parse(readFileSync(exportSchemaPath, 'utf8')) as object);

/** Export schema errors of a value, as text; empty when valid. */
export function exportSchemaErrors(value: unknown): string {
  return validate(value) ? '' : JSON.stringify(validate.errors, null, 1);
}
