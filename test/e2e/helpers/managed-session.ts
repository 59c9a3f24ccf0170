// One browser session under a deployed enterprise policy, with the vault already set up.
import { extensionPage, launchWithExtension, type ExtensionBrowser } from './chromium';
import { removeManagedPolicy, writeManagedPolicy } from './managed-policy';
import { servePages, type PageServer } from './page-server';
import { setUpVault } from './vault';

export interface ManagedSession {
  eb: ExtensionBrowser;
  pages: PageServer;
  close(): Promise<void>;
}

export async function startManagedSession(
  policy: unknown,
  passphrase: string,
): Promise<ManagedSession> {
  writeManagedPolicy({ policy });
  const pages = await servePages();
  const eb = await launchWithExtension();
  const first = await extensionPage(eb, 'sidepanel.html');
  await setUpVault(first, passphrase);
  await first.close();
  return {
    eb,
    pages,
    async close() {
      await eb.close();
      await pages.close();
      removeManagedPolicy();
    },
  };
}
