// Domain rules of judgment-enforcement data: identifiers, case numbers, dates, rates, formatting.
// Pure functions, no DOM, no dependencies: the same code runs in Node and in the browser.
export * from './identifiers.js';
export * from './case-number.js';
// isLeapYear and daysInMonth stay internal: calendar arithmetic behind the exported date helpers.
export { CHINA_OFFSET_MS, addDays, ageOn, compareCalendarDates, daysBetween, isCalendarDate, isPublicationOver, parseCalendarDate, parseTimestamp, toCalendarDate, todayInChina, type CalendarDate, type CalendarDateParts } from './dates.js';
export * from './rates.js';
export * from './format.js';
export * from './id-scan.js';
export * from './courts.js';
export { filedCourtCode, recordCourtCode } from './record-court.js';
