// Setup file of the e2e tier (vite.config.ts): after every test, each running extension session
// is asked what crashed during it (crashes.ts). A crash fails the test, with what died.
import { afterEach } from 'vitest';
import { liveWatches } from './crashes.ts';

afterEach(async () => {
  const found = (await Promise.all([...liveWatches].map((watch) => watch.take()))).flat();
  if (found.length > 0) throw new Error(`crashed during this test:\n- ${found.join('\n- ')}`);
});
