"""RFC 5545 recurrence rules (python-dateutil) on local wall-clock times.

Times are naive local times on purpose: "every two weeks at 18:00" stays at 18:00 on both sides
of a daylight-saving change. A reminder whose occurrences were missed (the computer was off)
comes back once; completing it moves on to the first occurrence after now.
"""

from __future__ import annotations

import datetime as dt

from dateutil.rrule import rrule, rrulestr

from planner.core.errors import ValidationError

ONCE = "once"
# The presets people pick from; a custom RRULE is accepted too.
PRESETS: dict[str, str] = {
    ONCE: "",
    "weekly": "FREQ=WEEKLY",
    "every-2-weeks": "FREQ=WEEKLY;INTERVAL=2",
    "monthly": "FREQ=MONTHLY",
    "every-3-months": "FREQ=MONTHLY;INTERVAL=3",
    "every-6-months": "FREQ=MONTHLY;INTERVAL=6",
    "yearly": "FREQ=YEARLY",
}


def rule_for_preset(preset: str, start: dt.datetime) -> str:
    """The RRULE for a preset, anchored so that month ends and 29 February behave.

    A monthly reminder on the 31st falls on the last day of shorter months (plain RFC 5545
    would skip those months); a yearly one on 29 February falls on 28 February in other years.
    """
    if preset not in PRESETS:
        raise ValidationError(f"{preset!r} is not a known repeat choice.")
    rule = PRESETS[preset]
    if rule.startswith("FREQ=MONTHLY") and start.day > 28:
        days = ",".join(str(day) for day in range(28, start.day + 1))
        rule += f";BYMONTHDAY={days};BYSETPOS=-1"
    elif rule == "FREQ=YEARLY" and (start.month, start.day) == (2, 29):
        rule += ";BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1"
    return rule


def validate_rule(rule: str, start: dt.datetime) -> str:
    """Normalise and check a rule: '' (once) or an RRULE value such as FREQ=WEEKLY."""
    cleaned = rule.strip().removeprefix("RRULE:").strip()
    if not cleaned:
        return ""
    try:
        parsed = _parse(cleaned, start)
    except (ValueError, TypeError) as error:
        raise ValidationError(f"The repeat rule {cleaned!r} is not valid: {error}.") from error
    if parsed.after(start, inc=True) is None:
        raise ValidationError("The repeat rule never happens; choose another one.")
    return cleaned


def first_at_or_after(rule: str, start: dt.datetime, moment: dt.datetime) -> dt.datetime | None:
    """The first occurrence at or after `moment` (`start` itself for a one-off reminder)."""
    if not rule:
        return start if start >= moment else None
    result: dt.datetime | None = _parse(rule, start).after(moment, inc=True)
    return result


def next_after(rule: str, start: dt.datetime, moment: dt.datetime) -> dt.datetime | None:
    """The first occurrence strictly after `moment`; None when the rule has ended."""
    if not rule:
        return None
    result: dt.datetime | None = _parse(rule, start).after(moment, inc=False)
    return result


def _parse(rule: str, start: dt.datetime) -> rrule:
    parsed = rrulestr(rule, dtstart=start.replace(tzinfo=None))
    if not isinstance(parsed, rrule):
        raise ValueError("only one RRULE is allowed")
    return parsed
