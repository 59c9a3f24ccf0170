// Cross-field rules of a policy that one field's schema cannot see (ids referenced, LIA present).
// Must never throw and never echo values that could be personal data: messages name ids and paths only.
import type { Policy } from './schema';

export interface PolicyIssue {
  /** JSON path segments from the document root, e.g. ['retention', 'days', 'EU']. */
  path: (string | number)[];
  message: string;
}

export function consistencyIssues(policy: Policy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const purposeIds = new Set<string>();
  policy.purposes.forEach((purpose, index) => {
    if (purposeIds.has(purpose.id)) {
      issues.push({
        path: ['purposes', index, 'id'],
        message: `Duplicate purpose id "${purpose.id}"`,
      });
    }
    purposeIds.add(purpose.id);
  });
  const liaPurposes = new Set(policy.liaTemplates.map((template) => template.purposeId));
  policy.liaTemplates.forEach((template, index) => {
    if (!purposeIds.has(template.purposeId)) {
      issues.push({
        path: ['liaTemplates', index, 'purposeId'],
        message: `Unknown purpose "${template.purposeId}" (not in purposes)`,
      });
    }
  });
  for (const [jurisdiction, byPurpose] of Object.entries(policy.lawfulBases)) {
    for (const [purposeId, bases] of Object.entries(byPurpose ?? {})) {
      if (!purposeIds.has(purposeId)) {
        issues.push({
          path: ['lawfulBases', jurisdiction, purposeId],
          message: `Unknown purpose "${purposeId}" (not in purposes)`,
        });
      }
      if (bases.includes('legitimate_interests') && !liaPurposes.has(purposeId)) {
        issues.push({
          path: ['lawfulBases', jurisdiction, purposeId],
          message: `Legitimate interests for purpose "${purposeId}" needs an approved LIA template in liaTemplates`,
        });
      }
    }
  }
  for (const [jurisdiction, region] of Object.entries(policy.connector.routing)) {
    if (region !== undefined && !Object.hasOwn(policy.connector.endpoints, region)) {
      issues.push({
        path: ['connector', 'routing', jurisdiction],
        message: `Region "${region}" has no entry in connector.endpoints`,
      });
    }
  }
  for (const [region, endpoint] of Object.entries(policy.connector.endpoints)) {
    const key = endpoint?.encryptionKey;
    if (key && (key.kty !== 'EC' || key.crv !== 'P-256' || key.y === undefined)) {
      issues.push({
        path: ['connector', 'endpoints', region, 'encryptionKey'],
        message: 'The connector encryption key must be an EC P-256 public key (ECDH-ES)',
      });
    }
  }
  const adminKey = policy.signing.adminPublicKey;
  if (adminKey && !isSigningKey(adminKey.kty, adminKey.crv)) {
    issues.push({
      path: ['signing', 'adminPublicKey'],
      message: 'The admin signing key must be EC P-256 (ES256) or OKP Ed25519 (EdDSA)',
    });
  }
  return issues;
}

export function isSigningKey(kty: string, crv: string): boolean {
  return (kty === 'EC' && crv === 'P-256') || (kty === 'OKP' && crv === 'Ed25519');
}
