// Validation of engine output against the project's retold.comparison/2 schema
// (contract/comparison.schema.json). Two validators: the schema as published, which lets
// consumers meet properties they do not know (so later additions do not break them), and a
// strict copy in which every described object refuses properties the schema does not
// describe, so a field the engine emits without documenting it fails our own tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Path of the project's comparison schema. */
export const schemaPath = path.resolve(repoRoot, 'contract', 'comparison.schema.json');

/** The schema as parsed JSON. */
export const comparisonSchema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<
  string,
  unknown
>;

type Node = Record<string, unknown>;
const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null;

/** A deep copy where every object schema with `properties` gets `additionalProperties: false`. */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (!isNode(node)) return node;
  const out: Node = {};
  for (const [k, v] of Object.entries(node)) out[k] = closed(v);
  if (isNode(node.properties) && node.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(comparisonSchema);
const validateClosed = new Ajv2020({ allErrors: true, strict: false }).compile(
  closed(comparisonSchema) as object,
);

/** Schema errors of a value, as text; empty when valid. */
export function schemaErrors(value: unknown): string {
  return validate(value) ? '' : JSON.stringify(validate.errors, null, 1);
}

/** Where a value carries properties the schema does not describe, as text; empty when none. */
export function undocumentedFields(value: unknown): string {
  if (validateClosed(value)) return '';
  const extra = (validateClosed.errors ?? []).filter((e) => e.keyword === 'additionalProperties');
  return extra
    .map((e) => `${e.instancePath.replace(/\/\d+/g, '/*')}: ${String(e.params.additionalProperty)}`)
    .filter((line, i, all) => all.indexOf(line) === i)
    .join('\n');
}
