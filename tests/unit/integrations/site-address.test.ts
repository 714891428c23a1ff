import { describe, expect, it } from 'vitest';
import { deploymentMarker } from '../../../src/integrations/site-address.ts';

describe('deploymentMarker', () => {
  it('recognises the builds that publish: our deploy workflow, Netlify and Cloudflare Pages', () => {
    expect(deploymentMarker({ REQUIRE_SITE_URL: '1' })).toBe('REQUIRE_SITE_URL');
    expect(deploymentMarker({ NETLIFY: 'true' })).toBe('NETLIFY');
    expect(deploymentMarker({ CF_PAGES: '1' })).toBe('CF_PAGES');
  });

  it('lets local builds and test runs through', () => {
    expect(deploymentMarker({})).toBeUndefined();
    expect(deploymentMarker({ CI: 'true' })).toBeUndefined();
    expect(deploymentMarker({ REQUIRE_SITE_URL: '0', NETLIFY: '', CF_PAGES: 'false' })).toBeUndefined();
  });
});
