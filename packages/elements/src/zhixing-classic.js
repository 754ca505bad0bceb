// The one-tag embed, dist/embed/zhixing.min.js: a classic script that also works as
// `<script type="module">`, so whatever an editor pastes runs. It only picks the build this browser
// can parse and imports it (a dynamic import resolves against this file's URL, so the embed folder
// may be served from anywhere, and it is no Trusted Types sink). Modern: Chromium 96+, Firefox 108+,
// Safari 16.4+ (`HTMLScriptElement.supports('importmap')` implies class static blocks and `??=`);
// everything older gets the build lowered to Chromium 69, which checks the browser further itself.
// Chromium < 63 cannot parse `import()`: there the fallback links stay (one SyntaxError in the console).
// (Its size budget is 150 bytes gzip: hence no variable and the terse message.)
import((HTMLScriptElement.supports && HTMLScriptElement.supports('importmap') ? './' : './legacy/') + 'zhixing-app.min.js').catch(function (error) {
  console.error('[zhixing]', error);
});
