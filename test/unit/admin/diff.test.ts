import { describe, expect, it } from 'vitest';
import { diffPolicies, renderDiff } from '@src/admin/diff';
import { DEFAULT_POLICY } from '@src/policy';
import { loadExamplePolicy } from '../policy/fixtures';

const before = loadExamplePolicy();

describe('diffPolicies', () => {
  it('says nothing changed for identical policies', () => {
    expect(diffPolicies(before, structuredClone(before))).toEqual({ lines: [], loosened: [] });
    expect(renderDiff(diffPolicies(before, before))).toBe('No differences.\n');
  });

  it('describes changes in words an auditor can read', () => {
    const after = structuredClone(before);
    after.version = 4;
    after.retention.days.EU = 30;
    after.retention.days.UK = 120;
    after.lawfulBases.CN = { ...after.lawfulBases.CN, marketing: ['pipl_consent'] };
    after.lawfulBases.UK!.marketing = ['consent', 'legitimate_interests'];
    after.minimisation.allowedFields.CN = ['name', 'jobTitle', 'organization'];
    after.minimisation.redaction.IBAN_CODE = { operator: 'remove' };
    after.sites.deny.push('xing.de');
    after.sites.webmail.EU = 'block';
    after.connector.routing.JP = 'us';
    delete after.connector.routing.CN;
    after.retention.legalHold = { active: true, reason: 'Matter 42' };
    after.vault.autoLockMinutes = 5;
    after.remoteWipe.requested = true;
    const { lines } = diffPolicies(before, after);
    expect(lines.map((line) => line.text)).toEqual([
      'Policy version changed from 3 to 4',
      "Lawful basis 'legitimate_interests' added for purpose 'marketing' in UK",
      "Lawful basis 'pipl_consent' added for purpose 'marketing' in CN",
      "Field 'emails' no longer allowed in CN",
      'Redaction of IBAN_CODE changed from mask (keep last 4, with "*") to remove',
      'Site xing.de added to the deny list',
      'Personal webmail in EU changed from remove to block',
      'Retention for EU shortened from 90 to 30 days',
      'Retention for UK extended from 90 to 120 days (only for records captured after the update; existing records keep their end date)',
      'Legal hold activated (Matter 42)',
      "Leads from CN are no longer delivered (were sent to region 'cn')",
      "Leads from JP now go to region 'us'",
      'Vault auto-lock changed from 15 to 5 minutes',
      'Remote wipe requested',
    ]);
  });

  it('lists what an update loosens', () => {
    const after = structuredClone(before);
    after.retention.days.EU = 120;
    after.minimisation.blockSpecialCategories = false;
    const diff = diffPolicies(before, after);
    expect(diff.loosened).toEqual([
      'retention.days.EU: keeps records longer',
      'minimisation.blockSpecialCategories: no longer blocks special categories',
    ]);
    expect(renderDiff(diff)).toContain('This update loosens 2 setting(s):');
    const stricter = structuredClone(before);
    stricter.retention.days.EU = 10;
    expect(renderDiff(diffPolicies(before, stricter))).toContain('This update loosens nothing.');
  });

  it('covers every section, from defaults to a full policy', () => {
    const { lines } = diffPolicies(DEFAULT_POLICY, before);
    const sections = new Set(lines.map((line) => line.section));
    for (const section of [
      'policyId',
      'version',
      'description',
      'controller',
      'purposes',
      'liaTemplates',
      'lawfulBases',
      'minimisation',
      'sites',
      'retention',
      'connector',
      'signing',
      'vault',
      'alerts',
      'suppression',
    ] as const) {
      expect(sections.has(section), section).toBe(true);
    }
    expect(lines.map((line) => line.text)).toEqual(
      expect.arrayContaining([
        'Purpose \'marketing\' added ("Marketing communications")',
        "Purpose 'sales_prospecting' changed",
        "Region 'eu' added (https://leads-eu.acme.example/api)",
        'Admin signing key changed from none to admin-2026',
        'Controller organisation changed from unset to Acme GmbH',
        'Alert threshold outboxBacklog changed from 50 to 100',
      ]),
    );
  });

  it('reports connector address and key changes and withdrawn wipes', () => {
    const wiped = structuredClone(before);
    wiped.remoteWipe.requested = true;
    const after = structuredClone(before);
    after.connector.endpoints.eu!.url = 'https://new.acme.example';
    after.connector.endpoints.eu!.encryptionKey = {
      ...after.connector.endpoints.eu!.encryptionKey,
      kid: 'k2',
    };
    expect(diffPolicies(wiped, after).lines.map((line) => line.text)).toEqual([
      "Region 'eu' address changed from https://leads-eu.acme.example/api to https://new.acme.example",
      "Region 'eu' encryption key changed (connector-eu-2026 to k2)",
      'Remote wipe request withdrawn',
    ]);
  });
});
