// TinyMCE 8 with its default configuration plus what it needs to run here (a license key, the link
// and code buttons). `?recipe=1` adds the administrator recipe from the driver module.
import driver from '../editors/tinymce.mjs';

const recipe = new URLSearchParams(location.search).get('recipe') === '1';
window.tinymce.init({
  selector: '#content',
  license_key: 'gpl',
  plugins: 'link code',
  toolbar: 'undo redo | bold italic | link | code',
  ...(recipe ? driver.recipe.config : {}),
}).then(([editor]) => {
  document.documentElement.dataset.editorReady = editor ? 'tinymce' : 'failed';
});
