/**
 * What the Share dialog says about a link's length (`linkBudget` of `src/share`): under
 * 2,000 characters it fits anywhere; up to 8 KB it is long but fine; above 8 KB some tools
 * cut it (a warning); above 32 KB the experiment file is the reliable way to share it.
 */
import { LINK_BUDGET, linkBudget, type LinkBudget } from '../../share/budget';

/** The dialog's note: its tone (for styling and role) and its sentence. */
export interface BudgetNote {
  budget: LinkBudget;
  tone: 'ok' | 'note' | 'warning';
  /** "1,234 characters", for the length line. */
  length: string;
  text: string;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The note for a link of `length` characters. */
export function budgetNote(length: number): BudgetNote {
  const budget = linkBudget(length);
  const base = { budget, length: `${count(length)} character${length === 1 ? '' : 's'}` };
  switch (budget) {
    case 'ok':
      return { ...base, tone: 'ok', text: `Short: under ${count(LINK_BUDGET.short)} characters, it fits chat apps and course pages.` };
    case 'long':
      return { ...base, tone: 'note', text: `Over ${count(LINK_BUDGET.short)} characters: fine in browsers and e-mail, though some chat apps and course pages may shorten it. Generated data keeps links short.` };
    case 'too-long':
      return { ...base, tone: 'warning', text: `Over ${count(LINK_BUDGET.warn)} characters: some tools cut links this long. Consider saving the experiment as a file.` };
    default:
      return { ...base, tone: 'warning', text: `Over ${count(LINK_BUDGET.file)} characters: too long to share reliably as a link. Save the experiment as a file and share the file instead.` };
  }
}
