// Parses an iCalendar file with ical.js (the parser Thunderbird uses) and prints its events as JSON: uid,
// summary, DTSTART and DTEND (value, whether a date or a date-time, and TZID), X-EDTF, and any parse error.
//
// Usage: node check-ical.mjs <file.ics>
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const [input] = process.argv.slice(2);
if (!input) {
  console.error('Usage: node check-ical.mjs <file.ics>');
  process.exit(2);
}

const time = property => {
  if (!property) return null;
  const value = property.getFirstValue();
  return { value: value.toString(), isDate: value.isDate, tzid: property.getParameter('tzid') || null, utc: value.zone === ICAL.Timezone.utcTimezone };
};

let result;
try {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(input, 'utf8')));
  result = {
    error: null,
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    timezones: calendar.getAllSubcomponents('vtimezone').map(zone => zone.getFirstPropertyValue('tzid')),
    events: calendar.getAllSubcomponents('vevent').map(vevent => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        start: time(vevent.getFirstProperty('dtstart')),
        end: time(vevent.getFirstProperty('dtend')),
        edtf: vevent.getFirstPropertyValue('x-edtf'),
        categories: vevent.getAllProperties('categories').flatMap(p => p.getValues()),
        geo: vevent.getFirstPropertyValue('geo'),
      };
    }),
  };
} catch (error) {
  result = { error: String(error), events: [] };
}
console.log(JSON.stringify(result, null, 2));
