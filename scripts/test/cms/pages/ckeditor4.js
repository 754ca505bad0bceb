// CKEditor 4.22.1 (the `ckeditor4` npm package: the standard preset) with its default configuration
// (the package's config.js); `?recipe=1` adds the administrator recipe from the driver module.
import driver from '../editors/ckeditor4.mjs';

const recipe = new URLSearchParams(location.search).get('recipe') === '1';
const editor = window.CKEDITOR.replace('content', {
  // 4.22 asks cke4.ckeditor.com whether it is still supported and shows a notice; no network here.
  versionCheck: false,
  ...(recipe ? driver.recipe.config : {}),
});
editor.on('instanceReady', () => {
  document.documentElement.dataset.editorReady = 'ckeditor4';
});
