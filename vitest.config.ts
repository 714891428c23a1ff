import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The fixture and CLI tests spawn Node and read many files; give slow CI machines room.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // Installs and starts a fresh copy of the project, as a new contributor does: minutes, not milliseconds.
          name: 'setup',
          include: ['tests/setup/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
