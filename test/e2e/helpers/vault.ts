// Vault steps for end-to-end tests: first-run set-up and unlock through the side panel's forms.
import type { Page } from 'playwright-core';

/** Sets the passphrase on a side panel showing the first-run form; waits until unlocked. */
export async function setUpVault(page: Page, passphrase: string): Promise<void> {
  const form = page.getByTestId('vault-setup');
  await form.waitFor();
  await form.getByTestId('setup-passphrase').fill(passphrase);
  await form.getByTestId('setup-confirm').fill(passphrase);
  await form.getByTestId('setup-submit').click();
  await page.getByTestId('lock').waitFor({ timeout: 30_000 });
}

/** Unlocks a side panel showing the unlock form; waits until unlocked. */
export async function unlockVault(page: Page, passphrase: string): Promise<void> {
  const form = page.getByTestId('vault-unlock');
  await form.waitFor();
  await form.getByTestId('unlock-passphrase').fill(passphrase);
  await form.getByTestId('unlock-submit').click();
  await page.getByTestId('lock').waitFor({ timeout: 30_000 });
}

/**
 * Everything the extension's IndexedDB holds, as one string: records as JSON, with every byte
 * array shown both as UTF-8 and as Latin-1 text so plaintext inside binary fields is found too.
 */
export function dumpIndexedDb(page: Page, name = 'lawful-leads'): Promise<string> {
  return page.evaluate(
    (dbName) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          const tx = db.transaction(stores);
          const parts: string[] = [];
          const show = (_key: string, value: unknown): unknown => {
            if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
              const bytes = new Uint8Array(value);
              let latin1 = '';
              for (const byte of bytes) latin1 += String.fromCharCode(byte);
              return `${new TextDecoder().decode(bytes)}|${latin1}`;
            }
            if (value instanceof CryptoKey) return `[CryptoKey ${value.type}]`;
            return value;
          };
          for (const store of stores) {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () =>
              parts.push(`${store}: ${JSON.stringify(request.result, show)}`);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(parts.join('\n'));
          };
          tx.onerror = () => reject(new Error('read failed'));
        };
      }),
    name,
  );
}
