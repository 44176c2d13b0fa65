import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of docs/architecture.md, proven: the lint refuses each kind of forbidden import
 * (on the import's resolved path, so a nested folder cannot slip past it), and no two folders of
 * src/ import each other, even through a third.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('the layer boundaries', () => {
  it.each([
    ['domain → data', 'src/domain/time/probe.ts', "export type { DatasetError } from '../../data/load/dataset-error';"],
    ['domain → i18n', 'src/domain/explore/probe.ts', "export { createI18n } from '../../i18n/i18n';"],
    ['ui → features', 'src/ui/probe.tsx', "export { Timeline } from '../features/timeline/timeline';"],
    ['ui → app', 'src/ui/probe.tsx', "export { RootLayout } from '../app/root-layout';"],
    ['feature → feature', 'src/features/timeline/probe.tsx', "export { EventList } from '../event-list/event-list';"],
    ['feature → app', 'src/features/event-list/probe.tsx', "export { ExplorerPage } from '../../app/explorer/explorer-page';"],
    ['nested folder → sibling feature', 'src/features/timeline/parts/probe.tsx', "export { EventList } from '../../event-list/event-list';"],
    ['entities → features', 'src/entities/passage/probe.tsx', "export { EventReader } from '../../features/event-reader/event-reader';"],
    ['data → routing', 'src/data/store/probe.ts', "export { parseSearch } from '../../routing/search-codec';"],
  ])('refuses %s', async (_name, file, code) => {
    expect(await boundaryErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['feature → entities, ui, domain', 'src/features/timeline/probe.tsx', "export { EventDate } from '../../entities/event/event-date';\nexport { PartBoundary } from '../../ui/part-boundary';\nexport { neighbours } from '../../domain/explore/navigation';"],
    ['a feature’s own nested files', 'src/features/timeline/parts/probe.tsx', "export { TimelinePlot } from '../timeline-plot';"],
    ['app → features', 'src/app/probe.tsx', "export { Timeline } from '../features/timeline/timeline';"],
  ])('allows %s', async (_name, file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});

/** The folder a source file belongs to for the cycle check: `src/domain/time`, `src/features/timeline`, `src/app`… */
function folderOf(file: string): string {
  const parts = relative('src', file).split('/');
  if (parts.length === 1) return 'src';
  // Layers with sub-folders are checked per sub-folder; the rest per layer.
  return ['domain', 'data', 'features', 'entities', 'app'].includes(parts[0]!) && parts.length > 2 ? `src/${parts[0]}/${parts[1]}` : `src/${parts[0]}`;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' || entry.name === 'test' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every cycle among the folders, each as the list of folders on it. */
function folderCycles(): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles('src')) {
    const from = folderOf(file);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = folderOf(relative(process.cwd(), resolve(dirname(file), fileName)));
      if (to !== from) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(to);
    }
  }
  // Tarjan's strongly connected components: a component of more than one folder is a cycle.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('the folders of src/', () => {
  it('import one another without a cycle', () => {
    expect(folderCycles()).toEqual([]);
  });
});
