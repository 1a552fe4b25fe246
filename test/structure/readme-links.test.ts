import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalApp } from '#shared/local/compose.js';
import type { Services } from '#shared/services.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The service's own address in the README: the local service of `npm start`. */
const SERVICE = /^http:\/\/(127\.0\.0\.1|localhost)(:|\/|$)/;

/** Markdown links `[text](target)`, autolinks `<http…>` and bare URLs. */
function readmeLinks(markdown: string): string[] {
  const inline = [...markdown.matchAll(/\]\(([^)\s]+)[^)]*\)/g)].map((m) => m[1] as string);
  const auto = [...markdown.matchAll(/<((?:https?|ftp):[^>\s]+)>/g)].map((m) => m[1] as string);
  const bare = [...markdown.matchAll(/\b(?:https?|ftp):\/\/[^\s)>`'"]+/g)].map((m) => m[0]);
  return [...new Set([...inline, ...auto, ...bare])];
}

/** Code spans that name a file or folder of the repository (`shared/rules/registry.ts`, `CHANGELOG.md`). */
function namedPaths(markdown: string): string[] {
  return [...markdown.matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1] as string)
    .filter((span) => /^[\w.-]+(\/[\w.-]+)*\/?$/.test(span))
    .filter((span) => span.includes('/') || /\.(md|ts|tsx|json)$/.test(span))
    .filter((span) => !span.includes('<') && !/^\.?data\/?$/.test(span));
}

/** Every file of the repository's source folders, relative to the root. */
function repositoryFiles(dir = ROOT, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.') || name === 'cdk.out') return [];
    const full = join(dir, name);
    const relative = `${prefix}${name}`;
    return statSync(full).isDirectory() ? repositoryFiles(full, `${relative}/`) : [relative];
  });
}

/** Markdown files named anywhere in the text (`RULES.md`, api-v1.md …): each must be in the repository. */
function namedMarkdown(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(/[\w./-]+\.md\b/g)].map((m) => m[0]))];
}

describe('README.md stands on its own', () => {
  it('links only inside the repository or to the service’s own paths (no external URL)', () => {
    const outside = readmeLinks(README).filter((link) => {
      if (SERVICE.test(link)) return false;
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) return true; // any other scheme: outside
      if (link.startsWith('#')) return false;
      return !existsSync(join(ROOT, link.split('#')[0] as string));
    });
    expect(outside).toEqual([]);
  });

  it('names only files and folders of the repository (a bare name: some file of that name; a new file: in an existing folder)', () => {
    const files = repositoryFiles();
    const missing = namedPaths(README).filter((path) => {
      if (existsSync(join(ROOT, path))) return false;
      if (!path.includes('/')) return !files.some((file) => file.endsWith(`/${path}`));
      const suffix = files.some((file) => file.endsWith(`/${path}`));
      return !suffix && !existsSync(join(ROOT, dirname(path)));
    });
    expect(missing).toEqual([]);
  });

  it('names only Markdown files that are in the repository', () => {
    expect(namedMarkdown(README).filter((name) => !existsSync(join(ROOT, name)))).toEqual([]);
  });

  it('links to the rulebook, the docs and the OpenAPI document the service serves, and they answer', async () => {
    const paths = readmeLinks(README)
      .filter((link) => SERVICE.test(link) && !link.includes('<'))
      .map((link) => new URL(link).pathname);
    for (const path of ['/rules', '/docs', '/openapi.json']) expect(paths).toContain(path);
    // The pages need no store: the apps are built with services that are never called.
    const app = createLocalApp({} as Services);
    for (const path of paths.filter((p) => p.startsWith('/rules') || p === '/docs' || p === '/openapi.json')) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
    }
  });
});
