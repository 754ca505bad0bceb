export { ZhixingElement, ConfigError } from './zhixing-element';
export { LoadController, type LoadStatus } from './load-controller';
export { configure, clientFor, resetSources, type SourceKindAttribute } from './source';
export { defineElement, VERSION } from './define';
export { emit, type ZxErrorDetail, type ZxLoadDetail } from './events';
export { defineMessages, translate, toLocale, type Catalog, type Locale } from './i18n';
export { common, describeError } from './common-messages';
export { themeStyles } from './theme';
export { motion, resetMotion, type Motion } from './motion';
