// Section-by-section sentences for policy diffs ("Retention for EU shortened from 90 to 30 days").
// Must never produce a sentence for something that did not change.
import { canonicalJson, type Policy } from '@src/policy';
import {
  compareById,
  compareFlat,
  describeRule,
  keyed,
  nested,
  setChanges,
  type Say,
} from './diff-helpers';

export { describeRule } from './diff-helpers';

export interface DiffLine {
  section: keyof Policy;
  text: string;
}

export function describeChanges(before: Policy, after: Policy): DiffLine[] {
  const lines: DiffLine[] = [];
  const say: Say = (section, text) => lines.push({ section, text });
  if (before.policyId !== after.policyId)
    say('policyId', `Policy id changed from "${before.policyId}" to "${after.policyId}"`);
  if (before.version !== after.version)
    say('version', `Policy version changed from ${before.version} to ${after.version}`);
  if (before.schemaVersion !== after.schemaVersion)
    say(
      'schemaVersion',
      `Schema version changed from ${String(before.schemaVersion)} to ${String(after.schemaVersion)}`,
    );
  if (before.description !== after.description) say('description', 'Description changed');
  compareFlat(say, 'controller', 'Controller', before.controller ?? {}, after.controller ?? {});
  compareById(say, 'purposes', 'Purpose', before.purposes, after.purposes, (p) => p.name);
  compareById(
    say,
    'liaTemplates',
    'Legitimate interest assessment',
    before.liaTemplates,
    after.liaTemplates,
    (t) => t.title,
  );
  nested(before.lawfulBases, after.lawfulBases, (jurisdiction, purpose, old, now) =>
    setChanges(old, now, (basis, added) =>
      say(
        'lawfulBases',
        `Lawful basis '${basis}' ${added ? 'added' : 'removed'} for purpose '${purpose}' in ${jurisdiction}`,
      ),
    ),
  );
  keyed(
    before.minimisation.allowedFields,
    after.minimisation.allowedFields,
    (jurisdiction, old, now) =>
      setChanges(old ?? [], now ?? [], (field, added) =>
        say(
          'minimisation',
          `Field '${field}' ${added ? 'now allowed' : 'no longer allowed'} in ${jurisdiction}`,
        ),
      ),
  );
  keyed(before.minimisation.redaction, after.minimisation.redaction, (entity, old, now) => {
    if (canonicalJson(old) !== canonicalJson(now)) {
      say(
        'minimisation',
        `Redaction of ${entity} changed from ${describeRule(old)} to ${describeRule(now)}`,
      );
    }
  });
  if (before.minimisation.blockSpecialCategories !== after.minimisation.blockSpecialCategories) {
    say(
      'minimisation',
      `Special categories are ${after.minimisation.blockSpecialCategories ? 'now blocked' : 'no longer blocked'}`,
    );
  }
  if (before.sites.defaultAction !== after.sites.defaultAction) {
    say(
      'sites',
      `Capture on unlisted sites changed from ${before.sites.defaultAction} to ${after.sites.defaultAction}`,
    );
  }
  setChanges(before.sites.allow, after.sites.allow, (host, added) =>
    say('sites', `Site ${host} ${added ? 'added to' : 'removed from'} the allow list`),
  );
  setChanges(before.sites.deny, after.sites.deny, (host, added) =>
    say('sites', `Site ${host} ${added ? 'added to' : 'removed from'} the deny list`),
  );
  keyed(before.sites.webmail, after.sites.webmail, (jurisdiction, old, now) => {
    if (old !== now)
      say(
        'sites',
        `Personal webmail in ${jurisdiction} changed from ${old ?? 'unset'} to ${now ?? 'unset'}`,
      );
  });
  setChanges(before.sites.webmailDomains, after.sites.webmailDomains, (domain, added) =>
    say('sites', `${domain} ${added ? 'now treated' : 'no longer treated'} as personal webmail`),
  );
  describeRetention(say, before, after);
  describeConnector(say, before, after);
  if (canonicalJson(before.signing) !== canonicalJson(after.signing)) {
    say(
      'signing',
      `Admin signing key changed from ${before.signing.adminPublicKey?.kid ?? 'none'} to ${after.signing.adminPublicKey?.kid ?? 'none'}`,
    );
  }
  if (before.vault.autoLockMinutes !== after.vault.autoLockMinutes) {
    say(
      'vault',
      `Vault auto-lock changed from ${before.vault.autoLockMinutes} to ${after.vault.autoLockMinutes} minutes`,
    );
  }
  compareFlat(say, 'alerts', 'Alert threshold', before.alerts, after.alerts);
  compareFlat(say, 'suppression', 'Suppression', before.suppression, after.suppression);
  if (before.remoteWipe.requested !== after.remoteWipe.requested) {
    say(
      'remoteWipe',
      after.remoteWipe.requested ? 'Remote wipe requested' : 'Remote wipe request withdrawn',
    );
  }
  return lines;
}

function describeRetention(say: Say, before: Policy, after: Policy): void {
  const change = (label: string, old: number, now: number) => {
    if (old === now) return;
    say(
      'retention',
      now < old
        ? `${label} shortened from ${old} to ${now} days`
        : `${label} extended from ${old} to ${now} days (only for records captured after the update; existing records keep their end date)`,
    );
  };
  change('Default retention', before.retention.defaultDays, after.retention.defaultDays);
  keyed(before.retention.days, after.retention.days, (jurisdiction, old, now) =>
    change(
      `Retention for ${jurisdiction}`,
      old ?? before.retention.defaultDays,
      now ?? after.retention.defaultDays,
    ),
  );
  const [oldHold, newHold] = [before.retention.legalHold, after.retention.legalHold];
  if (oldHold.active !== newHold.active) {
    say(
      'retention',
      newHold.active
        ? `Legal hold activated${newHold.reason ? ` (${newHold.reason})` : ''}`
        : 'Legal hold lifted',
    );
  } else if (canonicalJson(oldHold) !== canonicalJson(newHold))
    say('retention', 'Legal hold details changed');
}

function describeConnector(say: Say, before: Policy, after: Policy): void {
  keyed(before.connector.endpoints, after.connector.endpoints, (region, old, now) => {
    if (!old && now) say('connector', `Region '${region}' added (${now.url})`);
    else if (old && !now) say('connector', `Region '${region}' removed`);
    else if (old && now) {
      if (old.url !== now.url)
        say('connector', `Region '${region}' address changed from ${old.url} to ${now.url}`);
      if (canonicalJson(old.encryptionKey) !== canonicalJson(now.encryptionKey)) {
        say(
          'connector',
          `Region '${region}' encryption key changed (${old.encryptionKey.kid ?? 'no kid'} to ${now.encryptionKey.kid ?? 'no kid'})`,
        );
      }
    }
  });
  keyed(before.connector.routing, after.connector.routing, (jurisdiction, old, now) => {
    if (old === now) return;
    if (now === undefined)
      say(
        'connector',
        `Leads from ${jurisdiction} are no longer delivered (were sent to region '${old}')`,
      );
    else
      say(
        'connector',
        `Leads from ${jurisdiction} now go to region '${now}'${old ? ` (was '${old}')` : ''}`,
      );
  });
}
