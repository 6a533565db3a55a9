/**
 * A uPlot chart in React: created in an effect (the library itself loaded then, on this screen only),
 * redrawn when its data change, sized to its container's width (a 360 px phone to a 1,440 px office
 * screen), destroyed on unmount. Where nothing can draw on a canvas (jsdom in tests) it stays an
 * empty labelled container; the table beside every chart holds the same figures.
 */
import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartData, chartHeight, chartOptions, type ChartSpec } from './chart-options';

function canDraw(): boolean {
  return typeof window !== 'undefined' && 'CanvasRenderingContext2D' in window;
}

export function TrendChart({ label, spec }: { label: string; spec: ChartSpec }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element || !canDraw()) return;
    let chart: uPlot | undefined;
    let observer: ResizeObserver | undefined;
    let cancelled = false;
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      const width = Math.max(element.clientWidth, 280);
      const made = new UPlot(chartOptions(spec, width, UPlot.paths), chartData(spec), element);
      chart = made;
      if (typeof ResizeObserver === 'undefined') return;
      observer = new ResizeObserver(() => {
        const next = Math.max(element.clientWidth, 280);
        if (next !== made.width) made.setSize({ width: next, height: chartHeight(next) });
      });
      observer.observe(element);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
    };
  }, [spec]);

  return <div ref={container} className="gw-trend-chart" role="img" aria-label={label} />;
}
