// Table rows that name several people (a student and their advisor, a salesperson and a "华东" region
// cell that reads like a name): the row belongs to the name in its Name column. Must never read beyond the
// row and its table's first row.
import type { NameHit } from './names-in';

const NAME_HEADER = /^(?:name|full name|姓名|联系人|名字)$/i;

/** A table row naming several people (a student and their advisor): the one in the Name column. */
export function rowName(row: Element, hits: NameHit[]): NameHit | undefined {
  if (row.localName !== 'tr' || hits.length < 2) return undefined;
  const cells = [...row.children];
  const header = row.closest('table')?.querySelector('tr');
  const heads = header && header !== row ? [...header.children] : [];
  let at = heads.findIndex((h) => NAME_HEADER.test((h.textContent ?? '').trim()));
  if (at < 0) at = 0;
  const cell = cells[at];
  return cell ? hits.find((h) => cell.contains(h.el)) : undefined;
}
