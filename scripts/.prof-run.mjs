const { buildFeed } = await import('@zhixing/publisher/node');
const { taoyuanCourt } = await import('@zhixing/mocks');
const t = performance.now();
const report = await buildFeed({ inputs: ['/work/wt-paged/.bench/publisher/realistic-1000000.csv'], out: '/tmp/prof/feed', court: taoyuanCourt, now: new Date('2026-11-30T12:00:00+08:00') });
console.log(Math.round(performance.now() - t), 'ms', report.tally.published, process.resourceUsage().maxRSS / 1024);
