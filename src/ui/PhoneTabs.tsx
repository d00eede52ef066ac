/**
 * The phone's tab bar: on a narrow screen the lab shows one of three views at a time (the
 * cell with its timeline and palette, the training settings with the data and the model, or
 * the plots), while the run strip with Play, Pause and Step stays on every tab. On wider
 * screens every view is on the page and styles.css hides this bar (and so takes it out of
 * the accessibility tree).
 */
import { useRef, type KeyboardEvent } from 'react';

export type PhoneTab = 'cell' | 'training' | 'plots';

const TABS: { id: PhoneTab; label: string }[] = [
  { id: 'cell', label: 'Cell' },
  { id: 'training', label: 'Training' },
  { id: 'plots', label: 'Plots' },
];

/** Three tabs; arrow keys, Home and End move between them as in any tab list. */
export function PhoneTabs({ tab, onChoose }: { tab: PhoneTab; onChoose(tab: PhoneTab): void }) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const chosen = TABS[(next + TABS.length) % TABS.length];
    onChoose(chosen.id);
    list.current?.querySelector<HTMLButtonElement>(`#phone-tab-${chosen.id}`)?.focus();
  };
  return (
    <nav className="phone-tabs" aria-label="Views">
      <div role="tablist" aria-label="Views" ref={list} onKeyDown={move}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`phone-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === tab}
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => onChoose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
    </nav>
  );
}
