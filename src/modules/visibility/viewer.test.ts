import { describe, expect, it } from 'vitest';
import { cacheControlFor, publicViewer, viewerOf } from './viewer.ts';

describe('cacheControlFor', () => {
  it('lets a shared cache keep only an anonymous answer with nothing restricted in it', () => {
    expect(cacheControlFor(publicViewer, { open: true })).toBe('public, max-age=300');
    expect(cacheControlFor(publicViewer, { open: false })).toBe('private, no-store');
    const councillor = viewerOf({ id: 7, role: 'councillor', personId: 3 } as Parameters<typeof viewerOf>[0]);
    expect(cacheControlFor(councillor, { open: true })).toBe('private, no-store');
  });
});
