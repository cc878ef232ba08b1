/**
 * An attendance table laid out in columns ("Members present | Officers present | Apologies"), as `pdftotext -layout`
 * prints it: each column lists people one under another, an entry wrapping over lines of its own column
 * ("Cllr A Name (Vice-" / "Chair)", "B Name, Head of" / "Internal Audit"), and a blank ends an entry.
 */
import { COLUMN_RUN_ON, PERSON_DASH_POST } from './layouts.ts';
import { looksLikePerson, startsWithTitle } from './names.ts';

/** Whether a line of a column goes on with the entry above it rather than starting one. */
function continuesEntry(entry: string, line: string): boolean {
  // A word broken at a hyphen, a bracket left open, or a list running on ("… and", "… of").
  if (/-$/.test(entry) || /[,(&]$/.test(entry) || /\b(?:and|of|for|the|to)$/i.test(entry) || openBracket(entry)) return true;
  // A bracketed note ("(Independent Member)") or a lower-case run-on ("and Director of Finance").
  if (/^[(a-z]/.test(line)) return true;
  if (startsWithTitle(line)) return false;
  // "Name – post": a person with their post after a dash starts an entry, under a post wrapped after a comma too.
  const dashed = PERSON_DASH_POST.exec(line);
  if (dashed !== null && looksLikePerson((dashed[1] as string).trim())) return false;
  const comma = line.indexOf(',');
  // "Name, post": a person with their post starts an entry.
  if (comma > 0 && looksLikePerson(line.slice(0, comma))) return false;
  // Under "Name, post" the post runs on ("Fire Officer"); a bare name under a bare name is the next person.
  return entry.includes(',') || !looksLikePerson(line);
}

function openBracket(text: string): boolean {
  return (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
}

/**
 * The entries of one column of an attendance table, one per person as printed: wrapped lines joined (a word broken
 * at a hyphen joined with no space), a blank line ending an entry.
 * @example columnEntries(['Cllr A Bell (Vice-', 'Chair)', 'Cllr C Dunn']) // ['Cllr A Bell (Vice-Chair)', 'Cllr C Dunn']
 */
export function columnEntries(lines: readonly string[], besideFilled: readonly boolean[] = []): string[] {
  const out: string[] = [];
  let open = false;
  lines.forEach((raw, r) => {
    const line = raw.trim();
    if (line === '') {
      // A blank ends an entry, unless a word was broken at a hyphen or a bracket left open above it.
      const last = out[out.length - 1] ?? '';
      // A gap in this column only, where a line of the column beside it falls between two of this one's (pdftotext
      // interleaving columns read side by side), keeps an entry whose line runs on ("A Bell – Support Officer," over
      // "Northby Council").
      const runsOn = besideFilled[r] === true && COLUMN_RUN_ON.test(last);
      if (!/[A-Za-z]-$/.test(last) && !openBracket(last) && !runsOn) open = false;
      return;
    }
    const last = out[out.length - 1];
    if (open && last !== undefined && continuesEntry(last, line)) {
      out[out.length - 1] = /[A-Za-z(]-$/.test(last) ? `${last}${line}` : `${last} ${line}`;
    } else out.push(line);
    open = true;
  });
  return out;
}

/** Whether a column's entries each name one person with their post ("Name, Head of Service"): not to be split further. */
export function entriesWithPosts(entries: readonly string[]): boolean {
  return (
    entries.length > 0 &&
    entries.every((e) => {
      const comma = e.indexOf(',');
      return comma > 0 && looksLikePerson(e.slice(0, comma)) && !startsWithTitle(e.slice(comma + 1).trim());
    })
  );
}
