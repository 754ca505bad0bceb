// Domain rules of judgment-enforcement data: identifiers, case numbers, dates, rates, formatting.
// Pure functions, no DOM, no dependencies: the same code runs in Node and in the browser.
export * from './identifiers';
export * from './case-number';
export * from './dates';
export * from './rates';
export * from './format';
export * from './id-scan';
