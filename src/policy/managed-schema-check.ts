// A small validator for Chrome's managed-storage schema dialect (storage.managed_schema):
// checks a schema obeys Chrome's rules and validates values against it, so tests and the admin tool
// can prove deployed policies fit public/managed-schema.json. Must never use keywords Chrome rejects.
export type ChromeSchema = {
  type?: string;
  $ref?: string;
  id?: string;
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: (string | number | boolean)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
};

export interface SchemaFinding {
  path: string;
  message: string;
}

const TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean'] as const;
const KEYWORDS = new Set([
  'type',
  '$ref',
  'id',
  'title',
  'description',
  'properties',
  'additionalProperties',
  'items',
  'enum',
  'pattern',
  'minimum',
  'maximum',
]);

/** Every way `schema` breaks Chrome's rules for storage.managed_schema. Empty means valid. */
export function chromeSchemaRuleViolations(schema: unknown): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  const ids = collectIds(schema as ChromeSchema);
  const root = schema as ChromeSchema;
  if (!isObject(schema) || root.type !== 'object')
    findings.push({ path: '$', message: 'The top level must be type "object"' });
  if (isObject(schema) && 'additionalProperties' in schema) {
    findings.push({ path: '$', message: 'The top level must not have additionalProperties' });
  }
  const visit = (node: unknown, path: string, isProperty: boolean) => {
    if (!isObject(node)) return findings.push({ path, message: 'A sub-schema must be an object' });
    const schemaNode = node as ChromeSchema;
    for (const key of Object.keys(node)) {
      if (!KEYWORDS.has(key))
        findings.push({ path, message: `Keyword "${key}" is not part of Chrome's schema dialect` });
    }
    if ((schemaNode.type === undefined) === (schemaNode.$ref === undefined)) {
      findings.push({ path, message: 'Exactly one of "type" or "$ref" is required' });
    }
    if (schemaNode.$ref !== undefined && !ids.has(schemaNode.$ref)) {
      findings.push({ path, message: `Unknown $ref "${schemaNode.$ref}"` });
    }
    if (schemaNode.type !== undefined && !(TYPES as readonly string[]).includes(schemaNode.type)) {
      findings.push({ path, message: `Unsupported type "${schemaNode.type}"` });
    }
    if (
      isProperty &&
      path !== '$' &&
      (!nonEmpty(schemaNode.title) || !nonEmpty(schemaNode.description))
    ) {
      findings.push({ path, message: 'Every property needs a title and a description' });
    }
    const only = (keyword: keyof ChromeSchema, types: readonly string[]) => {
      if (schemaNode[keyword] !== undefined && !types.includes(schemaNode.type ?? '')) {
        findings.push({ path, message: `"${keyword}" only applies to ${types.join('/')}` });
      }
    };
    only('properties', ['object']);
    only('additionalProperties', ['object']);
    only('items', ['array']);
    only('pattern', ['string']);
    only('enum', ['string', 'integer', 'number']);
    only('minimum', ['integer', 'number']);
    only('maximum', ['integer', 'number']);
    if (schemaNode.type === 'array' && schemaNode.items === undefined) {
      findings.push({ path, message: 'An array needs "items"' });
    }
    for (const [key, child] of Object.entries(schemaNode.properties ?? {}))
      visit(child, `${path}.${key}`, true);
    if (schemaNode.additionalProperties !== undefined)
      visit(schemaNode.additionalProperties, `${path}.*`, false);
    if (schemaNode.items !== undefined) visit(schemaNode.items, `${path}[]`, false);
  };
  if (isObject(schema)) visit(schema, '$', false);
  return findings;
}

/** Validates a value the way Chrome would, but treating unknown properties as errors. */
export function validateAgainstChromeSchema(schema: ChromeSchema, value: unknown): SchemaFinding[] {
  const ids = collectIds(schema);
  const findings: SchemaFinding[] = [];
  const check = (node: ChromeSchema, item: unknown, path: string): void => {
    const resolved = node.$ref !== undefined ? ids.get(node.$ref) : node;
    if (!resolved) return void findings.push({ path, message: `Unknown $ref "${node.$ref}"` });
    const fail = (message: string) => void findings.push({ path, message });
    switch (resolved.type) {
      case 'object': {
        if (!isObject(item)) return fail('Expected an object');
        for (const [key, child] of Object.entries(item)) {
          const ownSchema =
            resolved.properties && Object.hasOwn(resolved.properties, key)
              ? resolved.properties[key]
              : resolved.additionalProperties;
          if (ownSchema) check(ownSchema, child, `${path}.${key}`);
          else findings.push({ path: `${path}.${key}`, message: 'Unknown property' });
        }
        return;
      }
      case 'array':
        if (!Array.isArray(item)) return fail('Expected an array');
        item.forEach(
          (entry, index) => resolved.items && check(resolved.items, entry, `${path}[${index}]`),
        );
        return;
      case 'string':
        if (typeof item !== 'string') return fail('Expected a string');
        if (resolved.pattern !== undefined && !new RegExp(resolved.pattern).test(item))
          fail('Does not match the pattern');
        break;
      case 'integer':
      case 'number':
        if (typeof item !== 'number' || (resolved.type === 'integer' && !Number.isInteger(item))) {
          return fail(`Expected ${resolved.type === 'integer' ? 'an integer' : 'a number'}`);
        }
        if (resolved.minimum !== undefined && item < resolved.minimum)
          fail(`Below the minimum ${resolved.minimum}`);
        if (resolved.maximum !== undefined && item > resolved.maximum)
          fail(`Above the maximum ${resolved.maximum}`);
        break;
      case 'boolean':
        if (typeof item !== 'boolean') fail('Expected a boolean');
        return;
      default:
        return fail(`Unsupported type "${String(resolved.type)}"`);
    }
    if (resolved.enum && !resolved.enum.includes(item)) fail('Not one of the allowed values');
  };
  check(schema, value, '$');
  return findings;
}

export function collectIds(
  schema: ChromeSchema | undefined,
  ids = new Map<string, ChromeSchema>(),
): Map<string, ChromeSchema> {
  if (!isObject(schema)) return ids;
  if (typeof schema.id === 'string') ids.set(schema.id, schema);
  for (const child of Object.values(schema.properties ?? {})) collectIds(child, ids);
  collectIds(schema.additionalProperties, ids);
  collectIds(schema.items, ids);
  return ids;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}
