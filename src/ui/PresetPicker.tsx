/**
 * The presets menu: a labelled native select over the experiment files shipped in
 * `public/experiments/`. Native, so keyboard and screen-reader behaviour come for free. When
 * the current experiment is no preset (a link, a file), it reads "Choose a preset", so that
 * every preset, the last one loaded included, can be chosen again. The studies (docs/spec.md
 * §8) are a group of their own at the end; choosing one opens it in the Studies view.
 */
import { useId } from 'react';
import type { PresetOption } from '../store/presets';


interface PresetPickerProps {
  presets: readonly PresetOption[];
  selected: string;
  onSelect(file: string): void;
}

/** Lists the presets; choosing one asks the caller to load it. An experiment that is no preset (edited, or opened from a link or a file) shows as "Custom". */
export function PresetPicker({ presets, selected, onSelect }: PresetPickerProps) {
  const id = useId();
  return (
    <div className="preset-picker">
      <label htmlFor={id}>Preset</label>
      <select id={id} value={selected} onChange={(event) => onSelect(event.target.value)}>
        {!presets.some((p) => p.file === selected) && <option value={selected} disabled>Custom</option>}
        {presets.filter((p) => !p.study).map((p) => (
          <option key={p.file} value={p.file}>
            {p.label}
          </option>
        ))}
        <optgroup label="Studies">
          {presets.filter((p) => p.study).map((p) => (
            <option key={p.file} value={p.file}>
              {p.label}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
