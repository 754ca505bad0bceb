// Language and large-type switches for the page. External file: the page's CSP forbids inline scripts.
const root = document.documentElement;
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    root.lang = button.dataset.lang;
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b === button));
    const en = root.lang === 'en';
    for (const node of document.querySelectorAll('[data-zh]')) node.textContent = en ? node.dataset.en : node.dataset.zh;
  });
}
const elder = document.querySelector('[data-elder]');
elder.addEventListener('click', () => {
  const on = !root.hasAttribute('data-zx-elder');
  root.toggleAttribute('data-zx-elder', on);
  elder.setAttribute('aria-pressed', String(on));
});
