/** An agenda item as ordering sees it. */
export type OrderItem = { id: number; parentId: number | null; position: number; number: string | null };

/** An item's place after ordering: its parent, position (1, 2, 3 … across the whole agenda) and printed number. */
export type Placed = { id: number; parentId: number | null; position: number; number: string };

type Node = { item: OrderItem; children: OrderItem[] };

const letterStyle = /^\(?[a-z]\)$/i;
const subNumber = /^\d+[.]\d+[a-z]?$/i;

const byPosition = (a: OrderItem, b: OrderItem) => a.position - b.position || a.id - b.id;

/**
 * The agenda as a two-level tree. An item is a sub-item when it names a parent on the agenda, or,
 * for items typed in before parents existed, when its printed number reads like one ("6.1", "a)")
 * and a main item precedes it.
 */
export function agendaTree(items: OrderItem[]): Node[] {
  const sorted = [...items].sort(byPosition);
  const ids = new Set(sorted.map((i) => i.id));
  const roots: Node[] = [];
  const byId = new Map<number, Node>();
  const orphans: OrderItem[] = [];
  for (const item of sorted) {
    const declared = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const looksSub = !!item.number && (subNumber.test(item.number.trim()) || letterStyle.test(item.number.trim()));
    if (declared === null && !(looksSub && roots.length > 0)) {
      const node = { item, children: [] };
      roots.push(node);
      byId.set(item.id, node);
      continue;
    }
    if (declared !== null && !byId.has(declared)) {
      orphans.push(item);
      continue;
    }
    (declared !== null ? byId.get(declared)! : roots[roots.length - 1]!).children.push(item);
  }
  // A sub-item placed before its parent joins the parent at the end.
  for (const o of orphans) (byId.get(o.parentId!) ?? roots[roots.length - 1])?.children.push(o);
  return roots;
}

/**
 * Numbers the agenda 1, 2, 3 …, sub-items 6.1, 6.2 under their parent (or a), b) when that is how
 * they were written), with positions running through the whole agenda.
 * @example renumber([{ id: 1, parentId: null, position: 1, number: null }, { id: 2, parentId: 1, position: 2, number: null }])
 * // [{ id: 1, parentId: null, position: 1, number: '1' }, { id: 2, parentId: 1, position: 2, number: '1.1' }]
 */
export function renumber(items: OrderItem[]): Placed[] {
  const out: Placed[] = [];
  agendaTree(items).forEach((node, i) => {
    const n = String(i + 1);
    out.push({ id: node.item.id, parentId: null, position: out.length + 1, number: n });
    node.children.forEach((child, j) => {
      const letter = child.number && letterStyle.test(child.number.trim()) ? `${String.fromCharCode(97 + (j % 26))})` : null;
      out.push({ id: child.id, parentId: node.item.id, position: out.length + 1, number: letter ?? `${n}.${j + 1}` });
    });
  });
  return out;
}

/**
 * Moves an item one place up or down among its siblings (a main item takes its sub-items with it)
 * and renumbers; null when it cannot move further that way.
 * @example moveItem(items, 3, 'up')
 */
export function moveItem(items: OrderItem[], id: number, direction: 'up' | 'down'): Placed[] | null {
  const tree = agendaTree(items);
  const step = direction === 'up' ? -1 : 1;
  const swap = <T>(list: T[], i: number): boolean => {
    const j = i + step;
    if (i < 0 || j < 0 || j >= list.length) return false;
    [list[i], list[j]] = [list[j]!, list[i]!];
    return true;
  };
  const rootIndex = tree.findIndex((n) => n.item.id === id);
  let moved = false;
  if (rootIndex >= 0) moved = swap(tree, rootIndex);
  else {
    const parent = tree.find((n) => n.children.some((c) => c.id === id));
    if (parent)
      moved = swap(
        parent.children,
        parent.children.findIndex((c) => c.id === id),
      );
  }
  if (!moved) return null;
  const flat: OrderItem[] = [];
  for (const node of tree) {
    flat.push({ ...node.item, parentId: null, position: flat.length + 1 });
    for (const c of node.children) flat.push({ ...c, parentId: node.item.id, position: flat.length + 1 });
  }
  return renumber(flat);
}

/** The standing items every new agenda starts with, in order; "Urgent business" goes last. */
export const standingItems = [
  { title: 'Apologies for absence', instruction: 'To receive apologies for absence and notice of substitute members' },
  { title: 'Declarations of interest', instruction: 'To receive declarations of interest from members in items on this agenda' },
  { title: 'Minutes of the previous meeting', instruction: 'To approve the minutes of the previous meeting as a correct record' },
  { title: 'Public question time', instruction: 'To receive questions, statements and petitions from the public' },
  { title: 'Urgent business', instruction: 'To consider any business the chair agrees is urgent' },
] as const;

/** Whether an item is the exclusion of the press and public, by its title. */
export const isExclusionItem = (i: { title: string }) => /exclusion of (the )?(press and )?public/i.test(i.title);

/**
 * Where the closing items of an agenda start (an index into `items`, in agenda order): the trailing run
 * of main items that are standing items (such as "Urgent business"), the exclusion of the press and
 * public, exempt items, or sub-items of those. New business goes before it.
 * @example closingBlockStart([apologies, report, urgentBusiness]) // 2
 */
export function closingBlockStart(items: (OrderItem & { title: string; isStanding: boolean; access: string })[]): number {
  const tree = agendaTree(items);
  const byId = new Map(items.map((i) => [i.id, i]));
  const nodes = tree.map((n) => byId.get(n.item.id)!);
  const firstBusiness = nodes.findIndex((n) => !n.isStanding);
  // A standing item closes the agenda when it is urgent business, or when business comes before it.
  const closing = (n: (typeof nodes)[number], at: number) =>
    n.access === 'exempt' || isExclusionItem(n) || (n.isStanding && (/urgent|other business/i.test(n.title) || (firstBusiness >= 0 && at > firstBusiness)));
  let k = nodes.length;
  while (k > 0 && closing(nodes[k - 1]!, k - 1)) k -= 1;
  if (k === nodes.length) return items.length;
  return items.findIndex((i) => i.id === tree[k]!.item.id);
}

/**
 * The resolution that excludes the press and public, worded from the Schedule 12A paragraphs of the
 * exempt items that follow it.
 * @example exclusionResolution([3, 5, 3]) // 'That under section 100A(4) … defined in paragraphs 3 and 5 of Part 1 of Schedule 12A to the Act.'
 */
export function exclusionResolution(paragraphs: (number | null)[]): string {
  const stated = [...new Set(paragraphs.filter((p): p is number => p !== null))].sort((a, b) => a - b);
  const items = paragraphs.length === 1 ? 'item of business on the grounds that it involves' : 'items of business on the grounds that they involve';
  const list = stated.length > 1 ? `${stated.slice(0, -1).join(', ')} and ${stated[stated.length - 1]}` : String(stated[0] ?? '');
  const where = stated.length === 0 ? 'Part 1 of Schedule 12A to the Act' : `paragraph${stated.length > 1 ? 's' : ''} ${list} of Part 1 of Schedule 12A to the Act`;
  return `That under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following ${items} the likely disclosure of exempt information as defined in ${where}.`;
}

/**
 * What the agenda builder offers once an agenda has exempt business and no exclusion of the press and
 * public: the item to add before the first exempt main item, with its resolution. Null otherwise.
 */
export function exclusionOffer(items: (OrderItem & { title: string; access: string; exemptParagraph: number | null })[]) {
  if (items.some(isExclusionItem)) return null;
  const roots = agendaTree(items);
  const byId = new Map(items.map((i) => [i.id, i]));
  const first = roots.map((n) => byId.get(n.item.id)!).find((i) => i.access === 'exempt');
  if (!first) return null;
  const resolution = exclusionResolution(items.filter((i) => i.access === 'exempt').map((i) => i.exemptParagraph));
  return {
    beforeItemId: first.id,
    beforeNumber: first.number,
    title: 'Exclusion of the press and public',
    instruction: `To consider passing the following resolution: ${resolution}`,
    resolution,
  };
}

/** The audit view of an agenda's order. */
export const orderSnapshot = (rows: { id: number; number: string | null; position: number }[]) => rows.map((r) => ({ id: r.id, number: r.number, position: r.position }));
