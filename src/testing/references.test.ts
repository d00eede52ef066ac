/**
 * The project stands alone in a fresh clone: every citation of the contract or the design
 * names a file of this repository and a section that exists there (`docs/spec.md §1.3`), no
 * comment or doc cites a section by the old bare name of the contract or the design (with
 * no file), nothing points outside the repository, and the docs' relative links reach files that exist.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCANNED = ['src', 'docs', 'e2e', '.ci', 'public', 'README.md', 'CONTRIBUTING.md', 'eslint.config.js', 'vite.config.ts', 'playwright.config.ts', 'index.html', 'package.json'];
const TEXT = /\.(ts|tsx|js|mjs|md|json|html|css|txt)$|^run$/;

function walk(path: string, out: string[] = []): string[] {
  if (!existsSync(path)) return out;
  if (statSync(path).isFile()) {
    if (TEXT.test(path.split('/').pop() ?? '')) out.push(path);
    return out;
  }
  for (const name of readdirSync(path)) if (name !== 'node_modules' && name !== '__snapshots__') walk(join(path, name), out);
  return out;
}

const files = SCANNED.flatMap((p) => walk(join(root, p)));

/**
 * The section numbers a Markdown file has: its numbered headings (`## 3.`, `### 1.3`) and,
 * inside a numbered section, its numbered list items (item 6 of section 3 is `3.6`, as the
 * contract numbers the gradient methods and the hybrid additions).
 */
export function sectionsOf(markdown: string): Set<string> {
  const found = new Set<string>();
  let current: string | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/.exec(line);
    if (heading) {
      current = heading[1];
      found.add(current);
      continue;
    }
    if (/^#{1,6}\s/.test(line)) current = null;
    const item = /^(\d+)\.\s/.exec(line);
    if (item && current !== null && !current.includes('.')) found.add(`${current}.${item[1]}`);
  }
  return found;
}

interface Citation { file: string; line: number; text: string }

function citations(pattern: RegExp): (Citation & { match: RegExpExecArray })[] {
  const out: (Citation & { match: RegExpExecArray })[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
      for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) out.push({ file: relative(root, file), line: i + 1, text: match[0], match: match as RegExpExecArray });
    });
  }
  return out;
}

function resolveDoc(path: string, from: string): string | null {
  for (const candidate of [join(root, path), join(root, dirname(from), path)]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

describe('citations of the contract and the design', () => {
  it('scans the docs and the sources', () => {
    expect(files.some((f) => f.endsWith('docs/spec.md'))).toBe(true);
    expect(files.length).toBeGreaterThan(300);
  });

  it('reads numbered headings and numbered items as sections', () => {
    const s = sectionsOf('# Title\n## 1. One\n### 1.3 Angles\n## 3. Gradients\n1. `adjoint`\n6. **Shots**\n## Notes\n2. not a section\n');
    expect([...s].sort()).toEqual(['1', '1.3', '3', '3.1', '3.6']);
  });

  it('cites no bare SPEC or DESIGN section: each names a file of the repository', () => {
    const bare = citations(/\b(SPEC|DESIGN)\s+(sections?\s+)?\d/).map((c) => `${c.file}:${c.line}: ${c.text}`);
    expect(bare).toEqual([]);
  });

  it('cites only sections that exist in the file cited', () => {
    const found = citations(/([A-Za-z0-9_./-]+\.md) §(\d+(?:\.\d+)*)/);
    expect(found.length).toBeGreaterThan(50);
    const broken = found.filter((c) => {
      const target = resolveDoc(c.match[1], c.file);
      return target === null || !sectionsOf(readFileSync(target, 'utf8')).has(c.match[2]);
    }).map((c) => `${c.file}:${c.line}: ${c.text}`);
    expect(broken).toEqual([]);
  });

  it('points nowhere outside the repository', () => {
    const outside = citations(/\.\.\/shared\b|research\/[a-z-]+\.md/).filter((c) => !c.file.endsWith('references.test.ts')).map((c) => `${c.file}:${c.line}: ${c.text}`);
    expect(outside).toEqual([]);
  });

  it('links from the docs only to files that exist', () => {
    const links = citations(/\]\(([^)#\s]+)(#[^)\s]*)?\)/).filter((c) => c.file.endsWith('.md') && !/^[a-z]+:/.test(c.match[1]));
    const broken = links.filter((c) => !existsSync(join(root, dirname(c.file), c.match[1]))).map((c) => `${c.file}:${c.line}: ${c.text}`);
    expect(broken).toEqual([]);
  });
});
