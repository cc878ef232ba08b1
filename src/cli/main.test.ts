import { describe, expect, it, vi } from 'vitest';
import { createProgram } from './main.ts';

describe('the shirehall command', () => {
  it('registers every command explicitly, so none goes missing silently', () => {
    const names = createProgram().commands.map((c) => c.name());
    expect(names).toEqual(['serve', 'db', 'user', 'token', 'extract', 'deadline', 'import', 'backup', 'restore']);
  });

  it('fails loudly at start when a command file cannot be loaded', async () => {
    vi.resetModules();
    vi.doMock('./commands/deadline.ts', () => {
      throw new Error('broken command file');
    });
    await expect(import('./main.ts')).rejects.toThrow(/broken command file|error when mocking/);
    vi.doUnmock('./commands/deadline.ts');
    vi.resetModules();
  });

  it('lists every command in its help', () => {
    const help = createProgram().helpInformation();
    for (const name of ['serve', 'import', 'extract', 'deadline', 'backup', 'restore']) expect(help).toContain(name);
  });
});
