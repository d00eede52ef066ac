/**
 * The legend of the diverging contribution scale: a bar from blue (negative) through the
 * neutral middle to orange (positive), labelled with the symmetric extent, so a reader can
 * tell a colour's sign and size; the same scale colours the heat map and the bars. A dashed
 * key marks the negative end: negative occurrences and cells are dashed too, so the sign
 * reads without colour.
 */
import { formatContribution } from '../text/format';
import { contributionColor } from './heatmapScale';

const STOPS = [-1, -0.75, -0.5, -0.25, -0.08, 0, 0.08, 0.25, 0.5, 0.75, 1];

/** The legend for `extent` (the largest magnitude on the scale). */
export function ContributionLegend({ extent, label = 'contribution' }: { extent: number; label?: string }) {
  const gradient = `linear-gradient(to right, ${STOPS.map((s) => contributionColor(s, 1)).join(', ')})`;
  return (
    <div className="contribution-legend" role="img" aria-label={`Colour scale of the ${label}: blue and dashed negative down to ${formatContribution(-extent)}, orange positive up to ${formatContribution(extent)}`}>
      <span className="contribution-legend-key" />
      <span className="contribution-legend-end">{formatContribution(-extent)}</span>
      <span className="contribution-legend-bar" style={{ background: gradient }} />
      <span className="contribution-legend-end">{formatContribution(extent)}</span>
    </div>
  );
}
