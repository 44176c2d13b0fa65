import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, migrateToCurrent } from './migrate';

describe('migrateToCurrent', () => {
  it('passes a file of the current version through unchanged', () => {
    const file = { version: CURRENT_VERSION, title: 'T' };
    expect(migrateToCurrent(file)).toEqual({ ok: true, file });
  });

  it('leaves a file with no usable version to the schema', () => {
    for (const json of [null, 'text', [1, 2], {}, { version: '1' }, { version: 0 }, { version: 1.5 }]) {
      expect(migrateToCurrent(json)).toEqual({ ok: true, file: json });
    }
  });

  it('refuses a file from a future version, naming it and the newest one it reads', () => {
    expect(migrateToCurrent({ version: CURRENT_VERSION + 1 })).toEqual({
      ok: false,
      problems: [{ path: 'version', code: 'unsupported-version', version: String(CURRENT_VERSION + 1), newest: CURRENT_VERSION }],
    });
  });

  it('applies each step of a migration chain in order, one version at a time', () => {
    const applied: number[] = [];
    const migrations = {
      1: (file: Record<string, unknown>) => {
        applied.push(1);
        return { ...file, name: file['title'], title: undefined };
      },
      2: (file: Record<string, unknown>) => {
        applied.push(2);
        // Sees what step 1 made, with its version already moved on.
        expect(file['version']).toBe(2);
        return { ...file, name: `${String(file['name'])}!` };
      },
    };
    expect(migrateToCurrent({ version: 1, title: 'Talks' }, migrations, 3)).toEqual({ ok: true, file: { version: 3, name: 'Talks!', title: undefined } });
    expect(applied).toEqual([1, 2]);

    applied.length = 0;
    expect(migrateToCurrent({ version: 2, name: 'Summit' }, migrations, 3)).toEqual({ ok: true, file: { version: 3, name: 'Summit!' } });
    expect(applied).toEqual([2]);
  });

  it('throws when a step of the chain is missing (a bug in the build, not in the file)', () => {
    expect(() => migrateToCurrent({ version: 1 }, {}, 2)).toThrow(/No migration from version 1/);
  });
});
