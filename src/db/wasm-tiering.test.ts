import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { withWasmTiering } from './wasm-tiering.ts';

describe('PGlite opened under a WebAssembly tiering setting', () => {
  it('opens and answers with optimisation only after opening, and with V8 default', async () => {
    for (const setting of ['after-open', 'always'] as const) {
      const client = await withWasmTiering(setting, () => PGlite.create());
      try {
        const { rows } = await client.query<{ n: number }>('select count(*)::int as n from generate_series(1, 5000)');
        expect(rows[0]?.n).toBe(5000);
      } finally {
        await client.close();
      }
    }
  });

  it('passes on a failure to open, and the next open still works', async () => {
    await expect(withWasmTiering('after-open', () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await withWasmTiering('after-open', async () => 42)).toBe(42);
  });
});
