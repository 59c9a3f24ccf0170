// Proves public/managed-schema.json (Chrome's dialect) and the valibot PolicySchema describe the
// same document, and that the policies we ship validate against the managed schema.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, MANAGED_KEYS, PolicySchema, PublicJwkSchema } from '@src/policy';
import {
  chromeSchemaRuleViolations,
  collectIds,
  validateAgainstChromeSchema,
  type ChromeSchema,
} from '@src/policy/managed-schema-check';
import { breakAt, loadExamplePolicy } from './fixtures';

const managedSchema = JSON.parse(
  readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8'),
) as ChromeSchema;
const ids = collectIds(managedSchema);

type Shape =
  | { type: 'object'; props: Record<string, { shape: Shape; optional: boolean }> }
  | { type: 'map'; value: Shape }
  | { type: 'array'; item: Shape }
  | { type: 'string'; enum?: string[]; pattern?: string }
  | { type: 'integer' | 'number'; minimum?: number; maximum?: number }
  | { type: 'boolean' };

interface Node {
  type: string;
  pipe?: { type: string; requirement?: unknown }[];
  entries?: Record<string, Node>;
  value?: Node;
  item?: Node;
  wrapped?: Node;
  options?: string[];
  literal?: unknown;
}

function fromValibot(node: Node): Shape {
  const actions = node.pipe ?? [];
  const requirement = (type: string) => actions.find((action) => action.type === type)?.requirement;
  switch (node.type) {
    case 'strict_object':
    case 'object':
      return {
        type: 'object',
        props: Object.fromEntries(
          Object.entries(node.entries ?? {}).map(([key, child]) => [
            key,
            child.type === 'optional'
              ? { shape: fromValibot(child.wrapped!), optional: true }
              : { shape: fromValibot(child), optional: false },
          ]),
        ),
      };
    case 'record':
      return { type: 'map', value: fromValibot(node.value!) };
    case 'array':
      return { type: 'array', item: fromValibot(node.item!) };
    case 'picklist':
      return { type: 'string', enum: [...node.options!] };
    case 'string': {
      const regex = requirement('regex');
      return regex instanceof RegExp
        ? { type: 'string', pattern: regex.source }
        : { type: 'string' };
    }
    case 'literal':
      return { type: 'integer', minimum: node.literal as number, maximum: node.literal as number };
    case 'number':
      return {
        type: actions.some((action) => action.type === 'integer') ? 'integer' : 'number',
        ...(requirement('min_value') !== undefined
          ? { minimum: requirement('min_value') as number }
          : {}),
        ...(requirement('max_value') !== undefined
          ? { maximum: requirement('max_value') as number }
          : {}),
      };
    case 'boolean':
      return { type: 'boolean' };
    default:
      throw new Error(`No managed-schema mapping for valibot type "${node.type}"`);
  }
}

function fromManaged(node: ChromeSchema): Shape {
  const schema = node.$ref !== undefined ? ids.get(node.$ref)! : node;
  switch (schema.type) {
    case 'object':
      if (schema.additionalProperties)
        return { type: 'map', value: fromManaged(schema.additionalProperties) };
      return {
        type: 'object',
        props: Object.fromEntries(
          Object.entries(schema.properties ?? {}).map(([key, child]) => [
            key,
            { shape: fromManaged(child), optional: true },
          ]),
        ),
      };
    case 'array':
      return { type: 'array', item: fromManaged(schema.items!) };
    case 'string':
      return {
        type: 'string',
        ...(schema.enum ? { enum: schema.enum as string[] } : {}),
        ...(schema.pattern !== undefined ? { pattern: schema.pattern } : {}),
      };
    case 'integer':
    case 'number':
      return {
        type: schema.type,
        ...(schema.minimum !== undefined ? { minimum: schema.minimum } : {}),
        ...(schema.maximum !== undefined ? { maximum: schema.maximum } : {}),
      };
    case 'boolean':
      return { type: 'boolean' };
    default:
      throw new Error(`Unexpected managed type ${String(schema.type)}`);
  }
}

/** Differences between two shapes, ignoring optionality (managed storage marks nothing required). */
function differences(a: Shape, b: Shape, path = '$'): string[] {
  if (a.type !== b.type) return [`${path}: valibot ${a.type} vs managed ${b.type}`];
  if (a.type === 'object' && b.type === 'object') {
    const keys = new Set([...Object.keys(a.props), ...Object.keys(b.props)]);
    return [...keys].flatMap((key) => {
      const left = a.props[key];
      const right = b.props[key];
      if (!left) return [`${path}.${key}: only in the managed schema`];
      if (!right) return [`${path}.${key}: missing from the managed schema`];
      return differences(left.shape, right.shape, `${path}.${key}`);
    });
  }
  if (a.type === 'map' && b.type === 'map') return differences(a.value, b.value, `${path}.*`);
  if (a.type === 'array' && b.type === 'array') return differences(a.item, b.item, `${path}[]`);
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))
    ? []
    : [`${path}: valibot ${JSON.stringify(a)} vs managed ${JSON.stringify(b)}`];
}

function sorted(shape: Shape): unknown {
  return Object.fromEntries(
    Object.entries(shape)
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([key, value]) => [key, Array.isArray(value) ? [...(value as string[])].sort() : value]),
  );
}

const managedRoot = managedSchema.properties!;

describe('public/managed-schema.json', () => {
  it("follows Chrome's schema rules", () => {
    expect(chromeSchemaRuleViolations(managedSchema)).toEqual([]);
    expect(Object.keys(managedRoot).sort()).toEqual([...MANAGED_KEYS].sort());
  });

  it('describes exactly the valibot policy schema, field by field', () => {
    const valibotShape = fromValibot(PolicySchema as unknown as Node);
    expect(differences(valibotShape, fromManaged(managedRoot.policy!))).toEqual([]);
    expect(
      differences(
        fromValibot(PublicJwkSchema as unknown as Node),
        fromManaged(managedRoot.adminPublicKey!),
      ),
    ).toEqual([]);
  });

  it('notices when the two schemas drift apart', () => {
    const drifted = structuredClone(managedRoot.policy!);
    delete drifted.properties!.vault;
    drifted.properties!.retention!.properties!.defaultDays!.maximum = 9999;
    drifted.properties!.sites!.properties!.defaultAction!.enum = ['allow'];
    drifted.properties!.extra = { title: 'x', description: 'x', type: 'string' };
    expect(differences(fromValibot(PolicySchema as unknown as Node), fromManaged(drifted))).toEqual(
      [
        '$.sites.defaultAction: valibot {"type":"string","enum":["allow","deny"]} vs managed {"type":"string","enum":["allow"]}',
        '$.retention.defaultDays: valibot {"type":"integer","minimum":1,"maximum":3650} vs managed {"type":"integer","minimum":1,"maximum":9999}',
        '$.vault: missing from the managed schema',
        '$.extra: only in the managed schema',
      ],
    );
  });

  it('accepts the defaults and the example policy as deployed managed storage', () => {
    const example = loadExamplePolicy();
    for (const policy of [DEFAULT_POLICY, example]) {
      expect(validateAgainstChromeSchema(managedSchema, { policy })).toEqual([]);
    }
    expect(
      validateAgainstChromeSchema(managedSchema, {
        policy: example,
        adminPublicKey: example.signing.adminPublicKey,
        policyBundleUrl: 'https://leads-eu.acme.example/policy.jws',
      }),
    ).toEqual([]);
  });

  it('rejects what the valibot schema rejects, at the same place', () => {
    const cases: [(string | number)[], unknown][] = [
      [['retention', 'days', 'EU'], 0],
      [['sites', 'deny', 0], 'Not a Host'],
      [['lawfulBases', 'EU', 'sales_prospecting', 0], 'because_we_can'],
      [['vault', 'autoLockMinutes'], 1.5],
      [['minimisation', 'blockSpecialCategories'], 'yes'],
      [['connector', 'endpoints', 'eu', 'url'], 'http://plain.example'],
      [['signing', 'adminPublicKey', 'crv'], 'P-384'],
      [['remoteWipe', 'surprise'], true],
    ];
    for (const [path, value] of cases) {
      const broken = breakAt(loadExamplePolicy(), [path, value]);
      expect(v.safeParse(PolicySchema, broken).success, path.join('.')).toBe(false);
      const findings = validateAgainstChromeSchema(managedSchema, { policy: broken });
      expect(
        findings.map((finding) => finding.path),
        path.join('.'),
      ).toEqual([['$', 'policy', ...path].join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]')]);
    }
  });

  it('flags schemas that break the rules', () => {
    const bad = {
      type: 'object',
      additionalProperties: { title: 'x' },
      properties: {
        a: { type: 'string', oneOf: [] },
        b: { title: 'B', description: 'b', type: 'array' },
        c: { title: 'C', description: 'c', $ref: 'Nope' },
        d: { title: 'D', description: 'd', type: 'string', minimum: 1 },
      },
    };
    expect(
      chromeSchemaRuleViolations(bad).map((finding) => `${finding.path} ${finding.message}`),
    ).toEqual([
      '$ The top level must not have additionalProperties',
      `$.a Keyword "oneOf" is not part of Chrome's schema dialect`,
      '$.a Every property needs a title and a description',
      '$.b An array needs "items"',
      '$.c Unknown $ref "Nope"',
      '$.d "minimum" only applies to integer/number',
      '$.* Exactly one of "type" or "$ref" is required',
    ]);
    expect(chromeSchemaRuleViolations([])).toEqual([
      { path: '$', message: 'The top level must be type "object"' },
    ]);
  });
});
