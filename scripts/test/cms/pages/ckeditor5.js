// CKEditor 5 (the `ckeditor5` npm package, browser build) as a classic editor with the plugins of
// the former classic build plus Link and SourceEditing; `?recipe=1` adds the administrator recipe
// from the driver module (its plugins and options).
import * as CK from '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
import driver from '../editors/ckeditor5.mjs';

const recipe = new URLSearchParams(location.search).get('recipe') === '1';
const { plugins: extraPlugins = [], ...extraConfig } = recipe ? driver.recipe.config : {};
const plugins = [
  'Essentials', 'Autoformat', 'Bold', 'Italic', 'BlockQuote', 'Heading', 'Image', 'ImageCaption', 'ImageStyle',
  'ImageToolbar', 'Indent', 'Link', 'List', 'MediaEmbed', 'Paragraph', 'PasteFromOffice', 'Table', 'TableToolbar',
  'TextTransformation', 'SourceEditing', ...extraPlugins,
].map((name) => CK[name]);

CK.ClassicEditor.create(document.querySelector('#content'), {
  licenseKey: 'GPL',
  plugins,
  toolbar: ['undo', 'redo', '|', 'heading', '|', 'bold', 'italic', 'link', 'bulletedList', 'numberedList', '|',
    'outdent', 'indent', '|', 'blockQuote', 'insertTable', 'mediaEmbed', '|', 'sourceEditing'],
  ...extraConfig,
}).then((editor) => {
  window.editor = editor;
  document.documentElement.dataset.editorReady = 'ckeditor5';
}).catch((error) => {
  console.error(error);
  document.documentElement.dataset.editorReady = `failed: ${error?.message ?? error}`;
});
