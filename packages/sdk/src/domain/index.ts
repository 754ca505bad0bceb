// Domain rules of judgment-enforcement data: identifiers, case numbers, dates, rates, formatting.
// Pure functions, no DOM, no dependencies: the same code runs in Node and in the browser.
export * from './identifiers';
export * from './case-number';
// isLeapYear and daysInMonth stay internal: calendar arithmetic behind the exported date helpers.
export { CHINA_OFFSET_MS, addDays, ageOn, compareCalendarDates, daysBetween, isCalendarDate, isPublicationOver, parseCalendarDate, parseTimestamp, toCalendarDate, todayInChina, type CalendarDate, type CalendarDateParts } from './dates';
export * from './rates';
export * from './format';
export * from './id-scan';
