// The English texts of commonMessages (common-messages.ts), in a module of their own: loaded only where a page or an
// element is in English. Typed by the zh-CN table, so a missing or extra key fails to compile.
import type { Messages } from './i18n.js';
import type { CommonKey } from './common-messages.js';

const en: Messages<CommonKey> = {
  loading: 'Loading…',
  retry: 'Retry',
  noSource: 'No data source configured. Set the src attribute.',
  network: 'Cannot reach the data source. Check the connection and retry.',
  timeout: 'The data source did not answer in time. Please retry later.',
  rateLimited: (p) => (p.seconds ? `Too many requests. Please try again in ${p.seconds} seconds.` : 'Too many requests. Please try again later.'),
  unavailable: 'The data source is temporarily unavailable. Please retry later.',
  notFound: (p) => `The requested data was not found${p.url ? `: the data source has no ${p.url} (HTTP 404)` : ''}.`,
  httpOther: (p) => `The data source${p.url ? ` ${p.url}` : ''} returned an error (HTTP ${p.status}).`,
  validation: (p) => `The data source${p.url ? ` ${p.url}` : ''} sent data in a wrong format; it is not shown.${p.url ? " Ask the court's IT staff to regenerate the data." : ''}`,
  notData: (p) => `The data source address ${p.url} answered with a web page (${p.type}), not data: the address is probably wrong.`,
  tooLarge: 'The data source sent an abnormally large answer; reading was stopped.',
  redirect: 'The data source redirected the request to another site; it was refused for safety.',
  redirectLoop: 'The data source keeps redirecting and cannot be read. Please retry later.',
  hook: 'This page’s request settings failed; the request was not sent.',
  unknown: 'An unknown error occurred.',
  asOf: (p) => `Data as of ${p.time}`,
  stale: (p) => `Data may be out of date: updates have failed since ${p.time}.`,
  keptLastGood: 'Still showing the last data received.',
  cors: (p) => `The data source ${p.url} answered but does not let this site read it (no CORS header Access-Control-Allow-Origin); the network is fine. Ask the court's IT staff to add that header for ${p.origin} on that server.`,
  unreachable: (p) => `Cannot reach the data source ${p.url}: the server did not answer.`,
  offline: 'This computer is offline: the data source cannot be read.',
  check: (p) => `Check ${p.attributes}.`,
  help: 'What to do: see “Error messages and what to do” in the web editors’ guide.',
  courtFailed: 'The court information (court.json) could not be read.',
  invalidAttribute: (p) => `<${p.tag}>: the ${p.attribute} attribute has an unknown value “${p.value}”. Allowed values: ${p.allowed}. Nothing is shown, so that no wrong figure is published.`,
  courtRequired: (p) => `This data source covers several courts: set the court attribute of <${p.tag}>. Allowed values: ${p.allowed}. Nothing is shown, so that no wrong figure is published.`,
};

export default en;
