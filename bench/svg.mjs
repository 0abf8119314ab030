// Log-log plot of CPU time against corpus size for replylint and the peers, as a plain SVG.
const COLORS = ['#0b6e4f', '#6fb98f', '#a3c9a8', '#444444', '#d1495b', '#edae49', '#00798c', '#8e5572'];

export function plot(series, { title = 'CPU time (user + sys) against corpus size', width = 760, height = 440 } = {}) {
  const pts = series.flatMap((s) => s.points).filter((p) => p.y > 0 && Number.isFinite(p.y));
  if (pts.length === 0) return '';
  const m = { l: 70, r: 250, t: 40, b: 50 };
  const w = width - m.l - m.r;
  const h = height - m.t - m.b;
  const lx = (v) => Math.log10(v);
  const xs = pts.map((p) => lx(p.x));
  const ys = pts.map((p) => lx(p.y));
  const x0 = Math.floor(Math.min(...xs)), x1 = Math.ceil(Math.max(...xs) + (Math.max(...xs) === Math.min(...xs) ? 1 : 0));
  const y0 = Math.floor(Math.min(...ys)), y1 = Math.ceil(Math.max(...ys));
  const X = (v) => m.l + ((lx(v) - x0) / (x1 - x0 || 1)) * w;
  const Y = (v) => m.t + h - ((lx(v) - y0) / (y1 - y0 || 1)) * h;
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const fmt = (v) => (v >= 1000 ? `${v / 1000}k` : `${v}`);
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${m.l}" y="22" font-size="14" font-weight="bold">${esc(title)}</text>`);
  for (let e = y0; e <= y1; e++) {
    const y = Y(10 ** e);
    out.push(`<line x1="${m.l}" y1="${y}" x2="${m.l + w}" y2="${y}" stroke="#e3e3e3"/>`);
    out.push(`<text x="${m.l - 8}" y="${y + 4}" text-anchor="end">${Number((10 ** e).toPrecision(1))} s</text>`);
  }
  for (let e = x0; e <= x1; e++) {
    const x = X(10 ** e);
    out.push(`<line x1="${x}" y1="${m.t}" x2="${x}" y2="${m.t + h}" stroke="#e3e3e3"/>`);
    out.push(`<text x="${x}" y="${m.t + h + 18}" text-anchor="middle">${fmt(10 ** e)}</text>`);
  }
  out.push(`<text x="${m.l + w / 2}" y="${height - 10}" text-anchor="middle">files (log scale)</text>`);
  out.push(`<rect x="${m.l}" y="${m.t}" width="${w}" height="${h}" fill="none" stroke="#999"/>`);
  series.forEach((s, i) => {
    const c = s.color ?? COLORS[i % COLORS.length];
    const p = s.points.filter((q) => q.y > 0 && Number.isFinite(q.y));
    if (p.length === 0) return;
    const dash = s.dashed ? ' stroke-dasharray="5 4"' : '';
    out.push(`<polyline fill="none" stroke="${c}" stroke-width="2"${dash} points="${p.map((q) => `${X(q.x).toFixed(1)},${Y(q.y).toFixed(1)}`).join(' ')}"/>`);
    for (const q of p) out.push(`<circle cx="${X(q.x).toFixed(1)}" cy="${Y(q.y).toFixed(1)}" r="3.5" fill="${c}"><title>${esc(s.label)}: ${q.x} files, ${q.y.toFixed(2)} s</title></circle>`);
    const ly = m.t + 10 + i * 20;
    out.push(`<line x1="${m.l + w + 15}" y1="${ly}" x2="${m.l + w + 40}" y2="${ly}" stroke="${c}" stroke-width="2"${dash}/>`);
    out.push(`<text x="${m.l + w + 46}" y="${ly + 4}">${esc(s.label)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
