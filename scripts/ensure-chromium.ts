/** Stops `npm test` early, with one sentence, when there is no Chromium to run the e2e tests in. */
import { findChromium, NO_CHROMIUM_MESSAGE } from '../e2e/support/chromium.ts';

const choice = findChromium();
if (!choice) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
console.log(`e2e tests will use ${choice.describe}`);
