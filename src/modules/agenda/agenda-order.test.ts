import { describe, expect, it } from 'vitest';
import { agendaTree, closingBlockStart, moveItem, renumber, type OrderItem } from './agenda-order.ts';

const item = (id: number, position: number, number: string | null = null, parentId: number | null = null): OrderItem => ({ id, parentId, position, number });
const numbers = (placed: { id: number; number: string }[]) => placed.map((p) => `${p.id}:${p.number}`);

describe('renumber', () => {
  it('numbers main items 1, 2, 3 and sub-items under their parent', () => {
    const items = [item(1, 1, 'x'), item(2, 2), item(3, 3), item(4, 4, null, 3), item(5, 5, null, 3), item(6, 6)];
    expect(numbers(renumber(items))).toEqual(['1:1', '2:2', '3:3', '4:3.1', '5:3.2', '6:4']);
    expect(renumber(items).map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps typed sub-items (6.1, 6.2) under the item before them and writes their parent', () => {
    const placed = renumber([item(10, 1, '4'), item(11, 2, '6'), item(12, 3, '6.1'), item(13, 4, '6.2'), item(14, 5, '7')]);
    expect(numbers(placed)).toEqual(['10:1', '11:2', '12:2.1', '13:2.2', '14:3']);
    expect(placed.find((p) => p.id === 12)?.parentId).toBe(11);
  });

  it('keeps lettered sub-items lettered', () => {
    expect(numbers(renumber([item(1, 1, '5'), item(2, 2, 'a)'), item(3, 3, 'b)')]))).toEqual(['1:1', '2:a)', '3:b)']);
  });

  it('orders by position, then id, whatever order the rows come in', () => {
    expect(numbers(renumber([item(3, 2), item(1, 9), item(2, 2)]))).toEqual(['2:1', '3:2', '1:3']);
  });
});

describe('moveItem', () => {
  const agenda = [item(1, 1), item(2, 2), item(3, 3), item(4, 4, null, 3), item(5, 5, null, 3), item(6, 6)];

  it('moves a main item up, taking its sub-items with it', () => {
    expect(numbers(moveItem(agenda, 3, 'up')!)).toEqual(['1:1', '3:2', '4:2.1', '5:2.2', '2:3', '6:4']);
  });

  it('moves a main item down past another with sub-items', () => {
    expect(numbers(moveItem(agenda, 2, 'down')!)).toEqual(['1:1', '3:2', '4:2.1', '5:2.2', '2:3', '6:4']);
  });

  it('moves a sub-item only among its siblings', () => {
    expect(numbers(moveItem(agenda, 5, 'up')!)).toEqual(['1:1', '2:2', '3:3', '5:3.1', '4:3.2', '6:4']);
    expect(moveItem(agenda, 4, 'up')).toBeNull();
    expect(moveItem(agenda, 5, 'down')).toBeNull();
  });

  it('will not move the first item up or the last down', () => {
    expect(moveItem(agenda, 1, 'up')).toBeNull();
    expect(moveItem(agenda, 6, 'down')).toBeNull();
  });

  it('builds a two-level tree', () => {
    expect(agendaTree(agenda).map((n) => [n.item.id, n.children.map((c) => c.id)])).toEqual([
      [1, []],
      [2, []],
      [3, [4, 5]],
      [6, []],
    ]);
  });
});

describe('closingBlockStart', () => {
  const item = (id: number, title: string, extra: { isStanding?: boolean; access?: string } = {}) => ({
    id,
    parentId: null,
    position: id,
    number: String(id),
    title,
    isStanding: false,
    access: 'public',
    ...extra,
  });
  it('puts new business before urgent business, the exclusion of the public and the exempt items', () => {
    const agenda = [
      item(1, 'Apologies for absence', { isStanding: true }),
      item(2, 'Declarations of interest', { isStanding: true }),
      item(3, 'Budget monitoring'),
      item(4, 'Urgent business', { isStanding: true }),
      item(5, 'Exclusion of the press and public'),
      item(6, 'Disposal of land', { access: 'exempt' }),
    ];
    expect(closingBlockStart(agenda)).toBe(3);
  });
  it('puts it after the opening standing items when there is no business yet', () => {
    const agenda = ['Apologies for absence', 'Declarations of interest', 'Minutes of the previous meeting', 'Public question time', 'Urgent business'].map((t, i) =>
      item(i + 1, t, { isStanding: true }),
    );
    expect(closingBlockStart(agenda)).toBe(4);
  });
  it('puts it at the end of an agenda with no closing items', () => {
    expect(closingBlockStart([item(1, 'Apologies for absence', { isStanding: true }), item(2, 'Budget monitoring')])).toBe(2);
  });
});
