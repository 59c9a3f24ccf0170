// Background service worker entry: registers every listener synchronously at start-up.
// Must never keep state only in memory; all logic lives in src/background.
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@src/background';

export default defineBackground(() => {
  startBackground();
});
