import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The fixture and CLI tests spawn Node and read many files; give slow CI machines room.
    testTimeout: 30_000,
  },
});
