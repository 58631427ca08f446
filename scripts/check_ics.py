#!/usr/bin/env python3
"""Reads an iCalendar file with the independent `icalendar` package and prints a JSON summary.

Usage: check_ics.py FILE

Prints {"calendar": {...}, "events": [...], "max_line_octets": N, "crlf_only": bool} where each
event has uid, summary, dtstart (ISO 8601), dtend, all_day, description, categories, status.
Exits 2 when the file does not parse, 3 when the `icalendar` package is missing (run
scripts/setup.sh, then use the python of $SOCIAL_PLAYBOOK_TOOLS/py).
"""

import datetime
import json
import sys

try:
    import icalendar
except ImportError:
    print("the icalendar package is missing: run scripts/setup.sh and use "
          "$SOCIAL_PLAYBOOK_TOOLS/py/bin/python", file=sys.stderr)
    sys.exit(3)


def text(value):
    return None if value is None else str(value)


def unescape(value):
    """Unescapes a TEXT value the parser leaves alone (X-WR-CALNAME is TEXT by convention only)."""
    if value is None:
        return None
    out, chars = [], iter(str(value))
    for c in chars:
        if c == "\\":
            nxt = next(chars, "")
            out.append("\n" if nxt and nxt in "nN" else nxt)
        else:
            out.append(c)
    return "".join(out)


def when(prop):
    if prop is None:
        return None, None
    value = prop.dt
    all_day = isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    return value.isoformat(), all_day


def categories(component):
    found = []
    values = component.get("categories")
    if values is None:
        return found
    if not isinstance(values, list):
        values = [values]
    for value in values:
        found.extend(str(c) for c in getattr(value, "cats", [value]))
    return found


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 1
    with open(sys.argv[1], "rb") as handle:
        raw = handle.read()
    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except Exception as error:  # the parser's own error types vary across versions
        print(f"does not parse: {error}", file=sys.stderr)
        return 2
    physical = raw.split(b"\r\n")
    events = []
    for event in calendar.walk("VEVENT"):
        start, all_day = when(event.get("dtstart"))
        end, _ = when(event.get("dtend"))
        events.append({
            "uid": text(event.get("uid")),
            "summary": text(event.get("summary")),
            "dtstart": start,
            "dtend": end,
            "all_day": all_day,
            "description": text(event.get("description")),
            "categories": categories(event),
            "status": text(event.get("status")),
        })
    summary = {
        "calendar": {
            "name": unescape(calendar.get("x-wr-calname")),
            "prodid": text(calendar.get("prodid")),
            "version": text(calendar.get("version")),
            "method": text(calendar.get("method")),
            "calscale": text(calendar.get("calscale")),
        },
        "events": events,
        "max_line_octets": max((len(line) for line in physical), default=0),
        "crlf_only": b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b""),
    }
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
