// What the comparator gauges do before drawing: read the newest period from the same static feed the
// element reads (stats index, then that period's stats), and compute the closure rate.
window.__loadClosureRate = async (base = '/feed/') => {
  const index = await (await fetch(`${base}stats/index.json`)).json();
  const period = index.periods[index.periods.length - 1];
  const stats = await (await fetch(`${base}stats/${encodeURIComponent(period.id)}.json`)).json();
  const { closed, accepted } = stats.cases;
  const percent = Math.round((closed / accepted) * 10000) / 100;
  return { percent, closed, accepted, label: period.label };
};
/** The counts line every gauge shows beside the figure (the element shows the same). */
window.__countsLine = ({ closed, accepted, label }) => {
  const p = document.createElement('p');
  p.textContent = `${label}：结案 ${closed.toLocaleString('zh-CN')} 件 / 收案 ${accepted.toLocaleString('zh-CN')} 件`;
  return p;
};
