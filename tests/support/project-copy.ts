import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of the project to edit and build in a test: its code and configuration, the given
 * content folder, this checkout's node_modules (linked), and a git repository of its own with
 * one commit (entry pages read their history from git; editors' tools diff against it).
 */
export function copyProject(root: string, prefix: string, contentDir: string): string {
  const project = mkdtempSync(join(tmpdir(), prefix));
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
    cpSync(join(root, item), join(project, item), { recursive: true });
  }
  cpSync(contentDir, join(project, 'content'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.invalid', 'commit', '-qm', 'Start'],
  ]) {
    spawnSync('git', args, { cwd: project });
  }
  return project;
}
