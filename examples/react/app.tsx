// A React page using the typed wrappers from @zhixing/react: props are the elements' attributes and
// properties, events arrive as typed callbacks.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DebtorLookup, ExecutionGauge } from '@zhixing/react';

const FEED = '/examples/feed/';

function App() {
  const [lang, setLang] = useState<'zh-CN' | 'en'>('zh-CN');
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [line, ...lines].slice(0, 5));
  return (
    <main lang={lang}>
      <header>
        <h1>{lang === 'en' ? 'Zhixing in React' : 'React 中使用执行信息组件'}</h1>
        <button type="button" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
          {lang === 'en' ? '中文' : 'English'}
        </button>
      </header>
      <section className="gauges">
        <ExecutionGauge src={FEED} metric="closure-rate" onLoad={(e) => note(`zx-load: ${e.detail.data.stats.courtId}`)} />
        <ExecutionGauge src={FEED} metric="actual-execution-rate" />
      </section>
      <DebtorLookup
        src={FEED}
        onResult={(e) => note(`zx-result: ${e.detail.total} ${lang === 'en' ? 'records' : '条记录'}`)}
        onError={(e) => note(`zx-error: ${e.detail.code}`)}
      />
      <section aria-live="polite" className="log">
        <h2>{lang === 'en' ? 'Events' : '事件'}</h2>
        <ul>
          {log.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
