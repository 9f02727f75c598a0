// Expands every VEVENT of an .ics file with ical.js (Thunderbird's engine) up to a local time;
// prints the sorted start times as JSON. Used by tests/core/test_ics_engines.py (make test-long).
import ICAL from "ical.js";
import fs from "fs";
const text = fs.readFileSync(process.argv[2], "utf8");
const comp = new ICAL.Component(ICAL.parse(text));
const out = [];
const end = ICAL.Time.fromDateTimeString(process.argv[3]);
for (const ve of comp.getAllSubcomponents("vevent")) {
  const ev = new ICAL.Event(ve);
  const it = ev.iterator();
  let next;
  while ((next = it.next()) && next.compare(end) < 0) out.push(next.toString());
}
out.sort();
console.log(JSON.stringify(out));
