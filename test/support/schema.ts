/** Validates documents against the JSON Schema with ajv (draft 2020-12). */
import Ajv2020Module from 'ajv/dist/2020.js';
import { documentSchema } from '../../src/model/schema/document.js';
import type { Document } from '../../src/model/document.js';

type AjvClass = new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null } };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ?? Ajv2020Module) as unknown as AjvClass;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(documentSchema);

/** Schema violations as readable lines (empty when valid). */
export function schemaProblems(doc: Document): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) => JSON.stringify(e));
}
