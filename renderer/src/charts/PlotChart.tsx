// The one React wrapper for Observable Plot: appends the plot in an effect and removes it on cleanup.
// Interactive charts (Explore) make every mark that has a tooltip reachable from the keyboard (one tab
// stop, arrow keys between marks) with the same tooltip on focus and on hover; printed and overview
// charts stay one image described by their text alternative.
import * as Plot from '@observablehq/plot';
import { useEffect, useId, useRef, useState } from 'react';

interface Tip {
  text: string;
  x: number;
  y: number;
}

/** Marks that carry a tooltip: Plot writes it as an SVG <title> child of the mark's element. */
function tooltipMarks(svg: Element): SVGElement[] {
  return [...svg.querySelectorAll('title')].map((t) => t.parentElement as unknown as SVGElement).filter((e) => e && e.tagName !== 'svg' && e.tagName !== 'g');
}

export function PlotChart({ options, label, interactive = false }: { options: Plot.PlotOptions; label: string; interactive?: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const descriptionId = useId();
  useEffect(() => {
    const chart = Plot.plot(options);
    const host = container.current;
    if (!host) return;
    host.append(chart);
    if (!interactive) {
      // The figure's text alternative describes the chart; the SVG itself is decoration for readers.
      chart.setAttribute('aria-hidden', 'true');
      return () => chart.remove();
    }
    const svgs = [...(chart.tagName === 'svg' ? [chart] : chart.querySelectorAll('svg'))];
    // Found before the titles are taken out below.
    const marksOf = new Map(svgs.map((svg) => [svg, tooltipMarks(svg)]));
    const marks = svgs.flatMap((svg) => marksOf.get(svg)!);
    const show = (mark: SVGElement) => {
      const box = mark.getBoundingClientRect();
      const frame = host.getBoundingClientRect();
      setTip({ text: mark.dataset.tip ?? '', x: box.left - frame.left + box.width / 2, y: box.top - frame.top });
    };
    marks.forEach((mark, i) => {
      const text = mark.querySelector('title')?.textContent ?? '';
      // The custom tooltip replaces the browser's, which a keyboard cannot open.
      mark.querySelector('title')?.remove();
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label', text.replace(/\n/g, '; '));
      mark.dataset.tip = text;
      mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
      mark.classList.add('plot-mark');
      mark.addEventListener('focus', () => show(mark));
      mark.addEventListener('mouseenter', () => show(mark));
      mark.addEventListener('blur', () => setTip(null));
      mark.addEventListener('mouseleave', () => setTip(null));
      mark.addEventListener('keydown', (event) => {
        const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -marks.length, End: marks.length }[event.key];
        if (step === undefined && event.key !== 'Escape') return;
        event.preventDefault();
        if (event.key === 'Escape') return setTip(null);
        const next = marks[Math.min(marks.length - 1, Math.max(0, i + step!))]!;
        mark.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        next.focus();
      });
    });
    for (const svg of svgs) {
      if (marksOf.get(svg)!.length === 0) {
        // A colour legend, or a chart without marks to visit: the words beside it say what it shows.
        svg.setAttribute('aria-hidden', 'true');
        continue;
      }
      // With focusable marks the picture is no longer decoration: a group named and described by the chart's words.
      svg.setAttribute('role', 'group');
      // Plot names each layer ("bar", "rule", "x-axis tick"); a name needs a role that allows one.
      for (const layer of svg.querySelectorAll('g[aria-label]')) layer.setAttribute('role', 'group');
      svg.setAttribute('aria-label', 'Chart: Tab to the first mark, then the arrow keys move between marks');
      svg.setAttribute('aria-describedby', descriptionId);
    }
    return () => {
      chart.remove();
      setTip(null);
    };
  }, [options, label, descriptionId, interactive]);
  if (!interactive) return <div ref={container} className="plot-chart" role="img" aria-label={label} />;
  return (
    <div className="plot-chart">
      <div ref={container} className="plot-host" />
      <p id={descriptionId} className="visually-hidden">
        {label}
      </p>
      {tip && (
        <div className="plot-tip" role="tooltip" style={{ left: tip.x, top: tip.y }}>
          {tip.text.split('\n').map((line, i) => (i === 0 ? <strong key={i}>{line}</strong> : <span key={i}>{line}</span>))}
        </div>
      )}
    </div>
  );
}
