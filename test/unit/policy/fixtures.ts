// Shared fixtures for policy tests: the example policy and key pairs made on the fly.
import { readFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { parsePolicy, type Policy } from '@src/policy';

export const EXAMPLE_POLICY_PATH = new URL(
  '../../../examples/policy/acme-policy.json',
  import.meta.url,
);

export function loadExamplePolicy(): Policy {
  const parsed = parsePolicy(JSON.parse(readFileSync(EXAMPLE_POLICY_PATH, 'utf8')));
  if (!parsed.ok) throw new Error(`example policy invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.policy;
}

export function withVersion(policy: Policy, version: number): Policy {
  return { ...structuredClone(policy), version };
}

export async function signingKeyPair(
  alg: 'ES256' | 'EdDSA' = 'ES256',
  kid = 'admin-test',
): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid },
    publicJwk: { ...(await exportJWK(publicKey)), kid },
  };
}

/** A deep copy of `value` with each [path, replacement] applied: for writing deliberately broken documents. */
export function breakAt(value: unknown, ...edits: [(string | number)[], unknown][]): unknown {
  const copy = structuredClone(value);
  for (const [path, replacement] of edits) {
    let node = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (replacement === undefined) delete node[last];
    else node[last] = replacement;
  }
  return copy;
}
