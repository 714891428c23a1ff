import { describe, expect, it } from 'vitest';
import { citableAddress, isLocalAddress, LOCAL_SITE_URL } from '../../../src/site/address.ts';

describe('isLocalAddress', () => {
  it('knows the addresses that only work on the machine that built the site', () => {
    for (const local of [LOCAL_SITE_URL, 'http://127.0.0.1:4329/x/', 'http://[::1]:80/', 'http://site.localhost/', 'http://0.0.0.0:4321/'])
      expect(isLocalAddress(local), local).toBe(true);
    for (const remote of ['https://example.org/', 'https://localhost.example.org/', 'http://127.example.org/', 'https://user.github.io/repo/'])
      expect(isLocalAddress(remote), remote).toBe(false);
  });

  it('gives no address to cite in a local build', () => {
    expect(citableAddress(`${LOCAL_SITE_URL}/entries/a/`)).toBeUndefined();
    expect(citableAddress('https://example.org/entries/a/')).toBe('https://example.org/entries/a/');
  });
});
