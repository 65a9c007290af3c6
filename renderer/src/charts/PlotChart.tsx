// The one React wrapper for Observable Plot: appends the plot in an effect and removes it on cleanup.
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

export function PlotChart({ options, label }: { options: Plot.PlotOptions; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot(options);
    // The figure's text alternative describes the chart; the SVG itself is decoration for readers.
    chart.setAttribute('aria-hidden', 'true');
    container.current?.append(chart);
    return () => chart.remove();
  }, [options]);
  return <div ref={container} className="plot-chart" role="img" aria-label={label} />;
}
