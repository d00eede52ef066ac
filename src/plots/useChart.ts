/**
 * The React half of every chart adapter: the d3 chart is created on the component's svg when
 * it mounts, with an id prefix unique to the component, and destroyed when it unmounts. The
 * caller feeds it through `chartRef` (store subscriptions, props), never through re-renders.
 */
import { useEffect, useId, useRef } from 'react';

export function useChart<C extends { destroy(): void }>(
  create: (svg: SVGSVGElement, options: { idPrefix: string }) => C,
  name: string,
) {
  const svgRef = useRef<SVGSVGElement>(null);
  const chartRef = useRef<C | null>(null);
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  useEffect(() => {
    const chart = create(svgRef.current as SVGSVGElement, { idPrefix: `${name}-${idPrefix}` });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [create, name, idPrefix]);
  return { svgRef, chartRef };
}
