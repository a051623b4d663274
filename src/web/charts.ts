import { html, type Html } from './html';

/** Small hand-made SVG charts: they scale with the page (viewBox), print as vectors and need no library. */

const WIDTH = 340;
const pct = (value: number) => `${Math.round(value * 100)}%`;

export interface RateBar {
  label: string;
  value: number | null;
  target: number;
  href: string;
}

/** One bar a rate, its health value marked; green at or above it, red below, grey when nothing was judged. */
export function rateBars(rows: readonly RateBar[]): Html {
  const rowHeight = 34;
  const left = 78;
  const span = WIDTH - left - 44;
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${rows.length * rowHeight + 6}" role="img" aria-label="过程指标">
    ${rows.map((row, i) => {
      const y = i * rowHeight + 6;
      const fill = row.value === null ? '#c9ced6' : row.value >= row.target ? '#2e7d32' : '#c62828';
      const targetX = left + span * row.target;
      return html`<a href="${row.href}" data-testid="rate-${i}">
        <text x="0" y="${y + 15}" font-size="13">${row.label}</text>
        <rect x="${left}" y="${y + 3}" width="${span}" height="16" rx="3" fill="#eef0f3"></rect>
        <rect x="${left}" y="${y + 3}" width="${span * (row.value ?? 0)}" height="16" rx="3" fill="${fill}"></rect>
        <line x1="${targetX}" x2="${targetX}" y1="${y}" y2="${y + 22}" stroke="#1f2328" stroke-width="2"></line>
        <text x="${targetX}" y="${y + 31}" font-size="9" text-anchor="middle" fill="#656d76">健康 ${pct(row.target)}</text>
        <text x="${WIDTH}" y="${y + 15}" font-size="13" text-anchor="end" font-weight="600"
          >${row.value === null ? '—' : pct(row.value)}</text
        >
      </a>`;
    })}
  </svg>`;
}

/** The index's daily points this week as a line, last week's value as a dashed line, on 0–100. */
export function trendLine(points: readonly number[], lastWeek: number | null, labels: readonly string[]): Html {
  const height = 110;
  const pad = { left: 26, right: 10, top: 10, bottom: 20 };
  const plotWidth = WIDTH - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length <= 1 ? plotWidth / 2 : (plotWidth * i) / (points.length - 1));
  const y = (value: number) => pad.top + plotHeight * (1 - value);
  const path = points.map((value, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="本周过程健康度走势">
    ${[0, 0.5, 1].map((v) => html`<line x1="${pad.left}" x2="${WIDTH - pad.right}" y1="${y(v)}" y2="${y(v)}" stroke="#eef0f3"></line><text x="${pad.left - 4}" y="${y(v) + 4}" font-size="9" text-anchor="end" fill="#656d76">${Math.round(v * 100)}</text>`)}
    ${lastWeek !== null ? html`<line x1="${pad.left}" x2="${WIDTH - pad.right}" y1="${y(lastWeek)}" y2="${y(lastWeek)}" stroke="#b26a00" stroke-dasharray="4 3"></line><text x="${WIDTH - pad.right}" y="${y(lastWeek) - 3}" font-size="9" text-anchor="end" fill="#b26a00">上周 ${Math.round(lastWeek * 100)}</text>` : ''}
    <path d="${path}" fill="none" stroke="#2f6fed" stroke-width="2"></path>
    ${points.map((value, i) => html`<circle cx="${x(i)}" cy="${y(value)}" r="3" fill="#2f6fed"></circle><text x="${x(i)}" y="${height - 6}" font-size="9" text-anchor="middle" fill="#656d76">${labels[i] ?? ''}</text>`)}
  </svg>`;
}

/** A completion share as a cell colour, red (0) through amber to green (1). */
export function heatColour(share: number): string {
  return `hsl(${Math.round(share * 120)}, 65%, ${88 - Math.round(share * 20)}%)`;
}
