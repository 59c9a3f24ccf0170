// English messages that originate in the background service worker (request errors, lawful-basis
// problem sources, capture diagnostics): merged into `en`. Must never contain HTML or personal
// data; placeholders carry counts, codes and value-free validation detail only.
export const enBackground = {
  errInternal: 'Something went wrong; nothing was lost. Try again.',
  errRefused: 'Message refused: {problems}',
  errNoBackground: 'The extension background is not responding. Try again.',
  errNoAnswer: 'No answer from the extension background.',
  errSettingsInvalid: 'Invalid settings: {detail}',
  errSettingsUrl: 'Enter a full address such as http://127.0.0.1:8787',
  errSettingsLoopback:
    'This version delivers to a connector on this computer only (127.0.0.1 or localhost)',
  errDeviceNoKey: 'Set up the vault first: this device has no key yet.',
  errVaultLocked: 'The vault is locked. Unlock it to continue.',
  errVaultExists: 'The vault is already set up.',
  errVaultSetupFirst: 'Set up the vault first.',
  errThrottled: 'Too many failed attempts. Try again in {seconds} s.',
  errUnlockFailed: 'Unlock failed. Check the passphrase and try again.',
  errUnlockFailedWait:
    'Unlock failed. Check the passphrase and try again. Next try in {seconds} s.',
  errPassphraseShort: 'Passphrase must have at least {min} characters',
  errVaultPolicy: 'The vault settings are not allowed: {detail}',
  errCaptureSiteDenied:
    'Your organisation’s policy does not allow capturing from this site. Nothing was read.',
  errPageUnreadable:
    'This page cannot be read yet. Click the Lawful Leads toolbar button on the page, then capture again. Browser pages and the web store cannot be captured.',
  errCaptureResult: 'The page returned an unreadable capture result.',
  errSelectionEmpty: 'No name, email or phone number was found in the selected text.',
  errLeadNeedsIdentity: 'A lead needs a name, an email or a phone number.',
  errLeadSiteDenied: 'Your organisation’s policy does not allow leads from this site.',
  errSpecialCategory:
    'The lead contains special-category data (such as health or religion). Remove it before saving.',
  errMinimisedEmpty:
    'After your organisation’s minimisation rules nothing identifies this person; nothing was saved.',
  errLeadGone: 'This lead no longer exists.',
  errNoLawfulRecord: 'This lead has no lawful-basis record.',
  errRecordUnverified: 'The lawful-basis record of this lead does not verify.',
  errLawfulIncomplete: 'No complete lawful-basis record yet; nothing was saved. {reasons}',
  errLawfulReason: '{message} ({law}, {article})',
  errExemptionForbidden:
    'Your organisation’s policy does not allow notice exemptions: send the notice to the person instead.',
  errNoticeNotPending: 'This notice is no longer pending; nothing was changed.',
  errExemptionUnknown:
    'The law of this person’s jurisdiction lists no such exemption; nothing was changed.',
  errExemptionReason: 'Write why the exemption applies (at least 10 characters).',
  lawOrganisationPolicy: 'Organisation policy',
  lawReceipt: 'Lawful Leads receipt',
  articleSuppressionList: 'suppression list',
  articleJurisdictionConfirmation: 'jurisdiction confirmation',
  articleIdentifier: 'identifier',
  diagDraftsRejected: '{count} malformed entries were ignored',
  diagNoDocument: 'There is no document to read',
  diagPageTruncated: 'The page is very large; only its first part was read',
  diagDraftsTruncated: 'Only the first {count} people were kept',
  diagCaptureFailed: 'Capture failed on this page',
  diagReaderFailed: 'The {reader} reader failed on this page',
  diagJsonLdTooLarge: 'JSON-LD block {count} is too large',
  diagJsonLdMalformed: 'JSON-LD block {count} is not valid JSON',
  diagJsonLdTruncated: 'JSON-LD was too large; part of it was read',
  diagSharedEmailsDropped: '{count} role or shared email addresses were not attributed to a person',
} as const;
