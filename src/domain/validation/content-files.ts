/** Finds the content files of every collection on disk. */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../schema/index.ts';

export interface ContentFile {
  readonly collection: CollectionName;
  /** Project-relative path with forward slashes, e.g. `content/entries/x.md`. */
  readonly file: string;
  readonly bytes: Uint8Array;
  /** Set for anything that is not a regular file; such entries are reported, never read. */
  readonly kind?: 'directory' | 'other';
}

/** Every file under `content/<collection>/`, sorted by path. Folders that do not exist hold no files. */
export function readContentFiles(contentDir: string, projectRoot: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, collection);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      const file = relative(projectRoot, path).split(sep).join('/');
      const stat = lstatSync(path);
      if (stat.isDirectory()) {
        files.push({ collection, file: `${file}/`, bytes: new Uint8Array(), kind: 'directory' });
      } else if (!stat.isFile()) {
        // Symbolic links can point outside `content/` or nowhere; content files are plain files.
        files.push({ collection, file, bytes: new Uint8Array(), kind: 'other' });
      } else {
        files.push({ collection, file, bytes: readFileSync(path) });
      }
    }
  }
  return files;
}
