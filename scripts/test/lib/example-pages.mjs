// The example pages and what "working" means on each, for the example-page tests in Chromium
// (scripts/test/example-pages.test.mjs) and in Firefox and WebKit (scripts/test/engines/).
// The functions marked "in the page" are sent to the browser: they use nothing from this module.

export const PAGES = [
  { path: 'examples/county-site/', width: 1280, height: 1600, search: '刘建军' },
  // Widgets inserted as links through a CMS editor's link dialog; the comments' links stay links.
  { path: 'examples/cms-article/', width: 1280, height: 2400, search: '刘建军', widgets: 3, links: 4 },
  { path: 'examples/county-gauge/', width: 1280, height: 2200 },
  { path: 'examples/media-center/', width: 1920, height: 1080 },
  { path: 'examples/bilingual/', width: 1280, height: 1800, toggle: '[data-lang="en"]' },
  { path: 'examples/react/', width: 1280, height: 1400 },
  // A notice page: the board below the first screen (the print notice test prints it unscrolled).
  { path: 'examples/notice/', width: 1280, height: 1800 },
  { path: 'examples/snippet/', width: 1280, height: 1600 },
  // One feed for several courts: the county's widgets (court="湘0725", the first lookup) and the province's.
  { path: 'examples/province/', width: 1280, height: 4200, search: '刘建军', widgets: 10, links: 0 },
];

/** In the page: is every Zhixing element showing data (and none an error)? */
export function widgetsReady() {
  const elements = [...document.querySelectorAll('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board')];
  if (elements.length === 0) return { ready: false, why: 'no widgets' };
  for (const el of elements) {
    const root = el.shadowRoot;
    if (!root) return { ready: false, why: `${el.localName} not upgraded` };
    const error = root.querySelector('[part~="error"]');
    if (error) return { ready: false, error: `${el.localName}: ${error.textContent.trim()}` };
    const text = root.textContent ?? '';
    const ok =
      el.localName === 'zx-execution-gauge'
        ? el.getAttribute('view') === 'trend'
          ? root.querySelectorAll('[part~="trend-table"] tbody tr').length > 0
          : el.getAttribute('metric') === 'money-recovered'
            ? /亿元|million/.test(text)
            : !!root.querySelector('[role="meter"][aria-valuenow]')
        : el.localName === 'zx-exposure-board'
          ? root.querySelectorAll('[part~="entry"]').length > 0
          : !!root.querySelector('form');
    if (!ok) return { ready: false, why: `${el.localName} has no data yet` };
  }
  return { ready: true, count: elements.length };
}

/** In the page: widgets below the fold load when scrolled near; visits each one not yet rendered, as a reader would. */
export function visitWidgets() {
  document.querySelectorAll('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board').forEach((el) => el.shadowRoot?.childElementCount || el.scrollIntoView());
}

/** In the page: the widgets and the links that must stay links (running text, comments), counted. */
export function countWidgetsAndLinks() {
  return {
    widgets: document.querySelectorAll('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board').length,
    links: [...document.querySelectorAll('a')].filter((a) => !a.closest('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board')).length,
  };
}

/** In the page: a citizen's lookup, through the shadow DOM like a user would type it. */
export function submitSearch(name) {
  const el = document.querySelector('zx-debtor-lookup');
  const input = el.shadowRoot.querySelector('input');
  input.value = name;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.shadowRoot.querySelector('form').requestSubmit();
}

/** In the page: does the lookup's result list name this person? */
export function searchAnswered(name) {
  return (document.querySelector('zx-debtor-lookup').shadowRoot.querySelector('[part~="results"]')?.textContent ?? '').includes(name);
}
