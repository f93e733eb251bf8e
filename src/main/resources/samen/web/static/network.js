// The partners as a network in SVG: a circle of organisations, lines as thick as the trust between
// each pair (mean of both directions), a red ring as wide as a partner's vigilance; people's seats
// filled orange, the model's agents blue-grey; partners who left faded.
import { el } from './live.js';

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

export function network(state, width, height) {
  const n = state.partners.length;
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.min(width, height) / 2 - 70;
  const at = state.partners.map((_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)];
  });
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'network' });
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = state.partners[i];
      const b = state.partners[j];
      if (a.status !== 'active' || b.status !== 'active') continue;
      const trust = (state.trust[i][j] + state.trust[j][i]) / 2;
      root.append(svg('line', {
        x1: at[i][0], y1: at[i][1], x2: at[j][0], y2: at[j][1],
        stroke: trust >= 0.5 ? '#2a9d8f' : '#b0b0b0', 'stroke-width': (1 + 9 * trust).toFixed(1),
        'stroke-opacity': (0.35 + 0.6 * trust).toFixed(2),
      }));
    }
  }
  state.partners.forEach((p, i) => {
    const r = 18 + 40 * Math.sqrt(p.power);
    const g = svg('g', { opacity: p.status === 'active' ? 1 : 0.3 });
    g.append(svg('circle', {
      cx: at[i][0], cy: at[i][1], r,
      fill: p.taken ? '#f4a261' : '#8da9c4',
      stroke: '#d62828', 'stroke-width': (1 + 10 * p.vigilance).toFixed(1),
    }));
    const label = svg('text', { x: at[i][0], y: at[i][1] + r + 20, 'text-anchor': 'middle', class: 'node-label' });
    label.textContent = p.name;
    const seat = svg('text', { x: at[i][0], y: at[i][1] + 7, 'text-anchor': 'middle', class: 'node-seat' });
    seat.textContent = p.seat + (p.chose ? ' ✓' : '');
    g.append(label, seat);
    root.append(g);
  });
  return el('div', { class: 'network-box' }, root);
}
