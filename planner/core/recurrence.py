"""RFC 5545 recurrence rules (python-dateutil) on local wall-clock times.

Times are naive local times on purpose: "every two weeks at 18:00" stays at 18:00 on both sides
of a daylight-saving change. A reminder whose occurrences were missed (the computer was off)
comes back once; completing it moves on to the first occurrence after now.
"""

from __future__ import annotations

import datetime as dt

from dateutil.rrule import rrule, rrulestr

from planner.core.errors import ValidationError
from planner.core.i18n import ENGLISH, long_date, mark, month_name, t

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


def preset_for(rule: str, start: dt.datetime) -> str | None:
    """The preset `rule` was made from for `start`, or None for a custom rule (for editors)."""
    return next((name for name in PRESETS if rule_for_preset(name, start) == rule), None)


def validate_rule(rule: str, start: dt.datetime) -> str:
    """Normalise and check a rule: '' (once) or an RRULE value such as FREQ=WEEKLY."""
    cleaned = rule.strip().upper().removeprefix("RRULE:").strip()
    if not cleaned:
        return ""
    try:
        _check_shape(cleaned)
        parsed = _parse(cleaned, start)
    except (ValueError, TypeError) as error:
        raise ValidationError(f"The repeat rule {cleaned!r} is not valid: {error}.") from error
    if _impossible_day(_parts(cleaned)) or parsed.after(start, inc=True) is None:
        raise ValidationError("The repeat rule never happens; choose another one.")
    return cleaned


# The most days each month can have (February: in leap years).
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _impossible_day(parts: dict[str, str]) -> bool:
    """A day that no chosen month has ("30 February"). dateutil would search every day up to
    the year 9999 before saying the rule never happens: seconds, on each key the person types."""
    days = parts.get("BYMONTHDAY", "")
    if not days:
        return False
    try:
        day_numbers = [int(day) for day in days.split(",")]
        months = [int(month) for month in parts.get("BYMONTH", "").split(",") if month]
    except ValueError:
        return False  # dateutil explains a malformed list better
    if any(day < 0 for day in day_numbers) or not all(1 <= m <= 12 for m in months):
        return False
    longest = max(_MONTH_DAYS[m - 1] for m in months) if months else 31
    return min(day_numbers) > longest


MAX_INTERVAL = 1000


def _check_shape(rule: str) -> None:
    """Refuse what dateutil would accept but the planner cannot keep or export faithfully."""
    # A DTSTART line would silently replace the reminder's own start; two rules are a set.
    if any(mark in rule for mark in ":\r\n"):
        raise ValueError("write one rule such as FREQ=WEEKLY;INTERVAL=2")
    parts = _parts(rule)
    # More often than daily is nagging, not reminding, and makes catch-up walks long.
    if parts.get("FREQ") in ("HOURLY", "MINUTELY", "SECONDLY"):
        raise ValueError("a reminder repeats at most once a day")
    # INTERVAL=0 never moves on: dateutil would search for the next time forever.
    interval = parts.get("INTERVAL", "1")
    if not interval.isdigit() or not 1 <= int(interval) <= MAX_INTERVAL:
        raise ValueError(f"INTERVAL must be a whole number from 1 to {MAX_INTERVAL}")
    # Reminder times are floating local times; a UTC end would mix the two.
    if parts.get("UNTIL", "").endswith("Z"):
        raise ValueError("UNTIL must be a local date or time, without a final Z")


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


def _parts(rule: str) -> dict[str, str]:
    """FREQ=WEEKLY;INTERVAL=2 -> {"FREQ": "WEEKLY", "INTERVAL": "2"} (no validation)."""
    pairs = (part.partition("=") for part in rule.split(";") if part)
    return {name.strip(): value.strip() for name, _, value in pairs}


# -- descriptions in words ---------------------------------------------------------------------

_UNITS = {
    "DAILY": (mark("Every day"), mark("Every {count} days")),
    "WEEKLY": (mark("Every week"), mark("Every {count} weeks")),
    "MONTHLY": (mark("Every month"), mark("Every {count} months")),
    "YEARLY": (mark("Every year"), mark("Every {count} years")),
}
_WEEKDAYS = {
    "MO": mark("Monday"),
    "TU": mark("Tuesday"),
    "WE": mark("Wednesday"),
    "TH": mark("Thursday"),
    "FR": mark("Friday"),
    "SA": mark("Saturday"),
    "SU": mark("Sunday"),
}
_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}
# The rule parts a custom rule may use and still be described in words.
_PLAIN_PARTS = {"FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL", "WKST"}


def describe_rule(rule: str, start: dt.datetime, lang: str = ENGLISH) -> str:
    """The repeat in words, e.g. "Every 2 weeks", "Every month on the 31st (or the last day)".
    The sentences are English sources translated by `t` (resources/translations)."""
    if not rule:
        return t("Once", lang)
    parts = _parts(rule)
    preset = preset_for(rule, start)
    if preset is None and not _plain(parts):
        return t("A custom repeat ({rule})", lang).format(rule=rule)
    singular, plural = _UNITS[parts["FREQ"]]
    interval = int(parts.get("INTERVAL", "1"))
    text = t(singular, lang) if interval == 1 else t(plural, lang).format(count=interval)
    if "BYDAY" in parts:
        text = t("{text} on {days}", lang).format(text=text, days=_weekdays(parts["BYDAY"], lang))
    elif parts["FREQ"] == "MONTHLY":
        text = _monthly(text, start, lang, preset is not None)
    elif parts["FREQ"] == "YEARLY":
        text = _yearly(text, start, lang, preset is not None)
    if "COUNT" in parts:
        text = t("{text}, {count} times", lang).format(text=text, count=parts["COUNT"])
    if "UNTIL" in parts:
        until = parts["UNTIL"]
        end = dt.date(int(until[:4]), int(until[4:6]), int(until[6:8]))
        text = t("{text}, until {day}", lang).format(text=text, day=long_date(end, lang))
    return text


def _weekdays(byday: str, lang: str) -> str:
    days = [t(_WEEKDAYS[day], lang) for day in byday.split(",")]
    if len(days) == 1:
        return days[0]
    return t("{first} and {last}", lang).format(first=", ".join(days[:-1]), last=days[-1])


def _monthly(text: str, start: dt.datetime, lang: str, preset: bool) -> str:
    suffix = "th" if 11 <= start.day <= 13 else _SUFFIXES.get(start.day % 10, "th")
    text = t("{text} on the {day}{suffix}", lang).format(text=text, day=start.day, suffix=suffix)
    if start.day > 28:
        # A preset falls back to the month's last day; a custom rule skips short months.
        text += (
            t(" (or the last day)", lang)
            if preset
            else t(" (months without that day are skipped)", lang)
        )
    return text


def _yearly(text: str, start: dt.datetime, lang: str, preset: bool) -> str:
    day_and_month = t("{day} {month}", lang).format(
        day=start.day, month=month_name(start.month, lang)
    )
    text = t("{text} on {day}", lang).format(text=text, day=day_and_month)
    if (start.month, start.day) == (2, 29):
        text += (
            t(" (28 February in other years)", lang) if preset else t(" (leap years only)", lang)
        )
    return text


def _plain(parts: dict[str, str]) -> bool:
    """True when a custom rule uses only parts that `describe_rule` puts into words."""
    if not set(parts) <= _PLAIN_PARTS or parts.get("FREQ") not in _UNITS:
        return False
    days = parts.get("BYDAY")
    # BYDAY in words only for weekly rules with plain days (not "the 2nd Monday": 2MO).
    return days is None or (
        parts["FREQ"] == "WEEKLY" and all(day in _WEEKDAYS for day in days.split(","))
    )
