import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminCsp, adminFiles, adminPage, adminSettings, deploymentConfig } from '../../../src/integrations/decap-admin.ts';

const root = resolve(import.meta.dirname, '../../..');
const generated = readFileSync(resolve(root, 'public/admin/config.yml'), 'utf8');

describe('the web editor on a deployment', () => {
  it('commits to the repository the build is told, and links to the site', () => {
    const settings = adminSettings(
      { REPOSITORY_URL: 'https://github.com/owner/name', SITE_URL: 'https://owner.github.io', DECAP_OAUTH_URL: 'https://oauth.example.org/' },
      undefined,
      '/timeline/',
    );
    const config = parse(deploymentConfig(generated, settings));
    expect(config.backend).toMatchObject({ name: 'github', repo: 'owner/name', branch: 'main', base_url: 'https://oauth.example.org' });
    expect(config.site_url).toBe('https://owner.github.io/timeline');
    expect(config.local_backend.url).toBe('http://localhost:8081/api/v1');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.collections).toEqual(parse(generated).collections);
  });

  it('without a repository, has no GitHub repository to write to (a clone edits through decap-server)', () => {
    const config = parse(deploymentConfig(generated, adminSettings({ DECAP_SERVER_PORT: '8181' }, undefined, '/')));
    expect(config.backend.repo).toBeUndefined();
    expect(config.site_url).toBeUndefined();
    expect(config.local_backend.url).toBe('http://localhost:8181/api/v1');
  });
});

describe('the admin page', () => {
  const settings = adminSettings({ DECAP_SERVER_PORT: '8181' }, undefined, '/');

  it('carries its own policy, relaxed only for what Decap needs', () => {
    const csp = adminCsp(settings);
    expect(csp).toContain("script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'");
    expect(csp).toContain("connect-src 'self' https://api.github.com http://localhost:8181");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(adminPage(settings)).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  });

  it('loads Decap from this site only, from the bundle in node_modules', () => {
    const page = adminPage(settings);
    expect(page).toContain('<script src="decap-cms.js"></script>');
    expect(page).not.toMatch(/src="https?:/);
    const files = adminFiles(root, settings);
    expect(files.has('decap-cms.js')).toBe(true);
    expect([...files.keys()].filter((name) => name.endsWith('.map'))).toEqual([]);
    expect([...files.keys()].filter((name) => name.endsWith('.decap-cms.js')).length).toBeGreaterThan(10);
  });
});
