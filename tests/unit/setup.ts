import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait up to 3 s: live IndexedDB reads are slower when CI runs every suite at once.
configure({ asyncUtilTimeout: 3000 });

afterEach(() => {
  cleanup();
});
