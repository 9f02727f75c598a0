"""RFC 5545 recurrence rules (python-dateutil) on local wall-clock times.

Times are naive local times on purpose: "every two weeks at 18:00" stays at 18:00 on both sides
of a daylight-saving change. A reminder whose occurrences were missed (the computer was off)
comes back once; completing it moves on to the first occurrence after now.
"""

from __future__ import annotations

import datetime as dt
import re
import time

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


class RuleError(ValidationError):
    """Why the planner refuses a rule, said inside the ValidationError that names the rule (in
    the person's language, as that error is)."""


# What refuses a rule: the planner's own checks, and dateutil's (whose words stay English).
_REFUSED = (RuleError, ValueError, TypeError)


def rule_for_preset(preset: str, start: dt.datetime) -> str:
    """The RRULE for a preset, anchored so that month ends and 29 February behave.

    A monthly reminder on the 31st falls on the last day of shorter months (plain RFC 5545
    would skip those months); a yearly one on 29 February falls on 28 February in other years.
    """
    if preset not in PRESETS:
        raise ValidationError("{choice} is not a known repeat choice.", choice=repr(preset))
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
        _parse(cleaned, start)
    except _REFUSED as error:
        raise ValidationError(
            "The repeat rule {rule} is not valid: {reason}.", rule=repr(cleaned[:80]), reason=error
        ) from error
    if _impossible_day(_parts(cleaned)) or _search(cleaned, start, start, inclusive=True) is None:
        raise ValidationError("The repeat rule never happens; choose another one.")
    return cleaned


# The most days each month can have (February: in leap years).
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _impossible_day(parts: dict[str, str]) -> bool:
    """A day that no chosen month has ("30 February", or "the 31st from the end" of it).
    dateutil would search every day up to the year 9999 before saying the rule never happens:
    seconds, on each key the person types."""
    days = parts.get("BYMONTHDAY", "")
    if not days:
        return False
    try:
        day_numbers = [abs(int(day)) for day in days.split(",")]
        months = [int(month) for month in parts.get("BYMONTH", "").split(",") if month]
    except ValueError:
        return False  # dateutil explains a malformed list better
    if not all(1 <= m <= 12 for m in months):
        return False
    longest = max(_MONTH_DAYS[m - 1] for m in months) if months else 31
    return min(day_numbers) > longest


MAX_INTERVAL = 1000
MAX_COUNT = 1000
# The rule parts a reminder may use. The others (BYYEARDAY, BYWEEKNO, BYHOUR...) add nothing a
# reminder needs, and some make dateutil search to the year 9999 for a time that never comes;
# its search cannot be stopped half-way, so such rules are refused before any search.
_ALLOWED_PARTS = {
    "FREQ",
    "INTERVAL",
    "COUNT",
    "UNTIL",
    "WKST",
    "BYDAY",
    "BYMONTHDAY",
    "BYMONTH",
    "BYSETPOS",
}
_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_ORDINAL = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
# Walking through the occurrences is bounded too: a reminder's next time is found within
# MAX_STEPS occurrences and TIME_BUDGET seconds, or the rule is refused with a message.
MAX_STEPS = 20_000
TIME_BUDGET = 0.1


def _check_shape(rule: str) -> None:
    """Refuse what dateutil would accept but the planner cannot keep, export faithfully, or work
    out quickly."""
    # A DTSTART line would silently replace the reminder's own start; two rules are a set.
    if any(mark in rule for mark in ":\r\n"):
        raise RuleError("write one rule such as FREQ=WEEKLY;INTERVAL=2")
    parts = _parts(rule)
    # More often than daily is nagging, not reminding, and makes catch-up walks long.
    if parts.get("FREQ") in ("HOURLY", "MINUTELY", "SECONDLY"):
        raise RuleError("a reminder repeats at most once a day")
    if parts.get("FREQ") not in _FREQUENCIES:
        raise RuleError("FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY")
    unknown = sorted(set(parts) - _ALLOWED_PARTS)
    if unknown:
        raise RuleError("a reminder cannot use {parts}", parts=", ".join(unknown))
    # INTERVAL=0 never moves on: dateutil would search for the next time forever.
    _whole_number(parts, "INTERVAL", MAX_INTERVAL)
    _whole_number(parts, "COUNT", MAX_COUNT)
    if "COUNT" in parts and "UNTIL" in parts:  # RFC 5545: they MUST NOT occur together
        raise RuleError("use either COUNT or UNTIL, not both")
    # Reminder times are floating local times; a UTC end would mix the two.
    if parts.get("UNTIL", "").endswith("Z"):
        raise RuleError("UNTIL must be a local date or time, without a final Z")
    if parts["FREQ"] in ("DAILY", "WEEKLY") and ("BYMONTH" in parts or "BYMONTHDAY" in parts):
        # dateutil would walk day by day to find, say, "every day that is 29 February".
        raise RuleError("for days of the month, use a monthly or yearly rule")
    _check_days(parts)
    _check_set_positions(parts)


def _whole_number(parts: dict[str, str], name: str, highest: int) -> None:
    value = parts.get(name, "1")
    if not value.isdigit() or not 1 <= int(value[:6]) <= highest:
        raise RuleError(
            "{name} must be a whole number from 1 to {highest}", name=name, highest=highest
        )


def _check_days(parts: dict[str, str]) -> None:
    """BYDAY such as MO or 2MO / -1FR: numbered weekdays only where RFC 5545 allows them, within
    the month (1-5) or year (1-53), and never together with BYMONTHDAY ("the 5th Monday that is
    the 1st" never happens)."""
    matches = [_ORDINAL.match(day) for day in parts.get("BYDAY", "").split(",") if day]
    if None in matches:
        raise RuleError("BYDAY must list days such as MO or 2MO")
    numbers = {match.group(1) is not None for match in matches if match is not None}
    # dateutil finds no day at all for a mix such as 1TH,MO (and searches to 9999 to say so).
    if len(numbers) > 1:
        raise RuleError("list either numbered weekdays (2MO) or plain ones (MO), not both")
    numbered = numbers == {True}
    for match in matches:
        if match is None or match.group(1) is None:
            continue
        day = match.group(0)
        number = abs(int(match.group(1)))
        in_year = parts["FREQ"] == "YEARLY" and "BYMONTH" not in parts
        if parts["FREQ"] not in ("MONTHLY", "YEARLY") or not 1 <= number <= (53 if in_year else 5):
            raise RuleError("{day} is not a day that can happen in this rule", day=day)
    if numbered and "BYMONTHDAY" in parts:
        raise RuleError("use either numbered weekdays (2MO) or days of the month, not both")


def _check_set_positions(parts: dict[str, str]) -> None:
    """BYSETPOS picks among the days each period offers: only positions that every period has
    (a sixth Monday, or a second day in a day, would be searched for until the year 9999)."""
    if "BYSETPOS" not in parts:
        return
    try:
        positions = [abs(int(value)) for value in parts["BYSETPOS"].split(",")]
    except ValueError:
        raise RuleError("BYSETPOS must list whole numbers such as -1") from None
    if min(positions, default=0) < 1:
        raise RuleError("BYSETPOS must list whole numbers such as -1")
    # The first or the last day happens whenever the rule without BYSETPOS happens.
    if max(positions) > max(1, _fewest_days_per_period(parts)):
        raise RuleError("BYSETPOS names a position that not every period has")


def _fewest_days_per_period(parts: dict[str, str]) -> int:
    """How many days every period of the rule holds at least (0 when it cannot be sure)."""
    weekdays = {day for day in parts.get("BYDAY", "").split(",") if day}
    days = {day for day in parts.get("BYMONTHDAY", "").split(",") if day}
    months = len({month for month in parts.get("BYMONTH", "").split(",") if month}) or 12
    if any(not day.isalpha() for day in weekdays) or (weekdays and days):
        return 0
    sure_days = len([day for day in days if day.lstrip("+-").isdigit() and abs(int(day)) <= 28])
    frequency = parts["FREQ"]
    if frequency == "DAILY":
        return 1
    if frequency == "WEEKLY":
        return len(weekdays) or 1
    # Without BYDAY or BYMONTHDAY, dateutil takes the start's day (and month, when yearly).
    per_month = 4 * len(weekdays) if weekdays else sure_days if days else 1
    if frequency == "YEARLY" and "BYMONTH" not in parts and not weekdays:
        months = 12 if days else 1
    return per_month if frequency == "MONTHLY" else per_month * months


def _check_phase(parts: dict[str, str], start: dt.datetime) -> None:
    """With INTERVAL above 1, only some weeks, months or years are visited: a filter could then
    never match (every 12 months from August never meets March), so the filters are limited to
    those that every visited period can meet."""
    interval = int(parts.get("INTERVAL", "1"))
    if interval == 1:
        return
    frequency = parts["FREQ"]
    if "BYMONTH" in parts or (
        "BYDAY" in parts and (frequency != "WEEKLY" and not (frequency == "DAILY" and interval % 7))
    ):
        raise RuleError("with INTERVAL, choose the days with BYDAY on a weekly rule only")
    days = [abs(int(day)) for day in parts.get("BYMONTHDAY", "").split(",") if day]
    if not days:
        return
    if frequency == "YEARLY":
        raise RuleError("with INTERVAL, a yearly rule repeats on its start day")
    if frequency == "MONTHLY":
        visited = {(start.month - 1 + step * interval) % 12 for step in range(12)}
        if min(days) > max(_MONTH_DAYS[month] for month in visited):
            raise RuleError("none of the months it repeats in has that day")


def first_at_or_after(rule: str, start: dt.datetime, moment: dt.datetime) -> dt.datetime | None:
    """The first occurrence at or after `moment` (`start` itself for a one-off reminder).
    A stored rule the planner would refuse today raises ValidationError (never hangs)."""
    if not rule:
        return start if start >= moment else None
    return _search(rule, start, moment, inclusive=True)


def next_after(rule: str, start: dt.datetime, moment: dt.datetime) -> dt.datetime | None:
    """The first occurrence strictly after `moment`; None when the rule has ended."""
    if not rule:
        return None
    return _search(rule, start, moment, inclusive=False)


def _search(
    rule: str, start: dt.datetime, moment: dt.datetime, *, inclusive: bool
) -> dt.datetime | None:
    """Walk the occurrences, within MAX_STEPS and TIME_BUDGET (see _check_shape for why the
    walk itself cannot stall between two occurrences)."""
    try:
        _check_shape(rule)
        if _impossible_day(_parts(rule)):
            raise RuleError("it never happens")
        parsed = _moved_near(_parse(rule, start), _parts(rule), start, moment)
    except _REFUSED as error:
        raise ValidationError(
            "The repeat rule {rule} is not valid: {reason}. Edit the reminder and choose another "
            "repeat.",
            rule=repr(rule[:80]),
            reason=error,
        ) from error
    deadline = time.monotonic() + TIME_BUDGET
    for steps, occurrence in enumerate(parsed):
        if occurrence > moment or (inclusive and occurrence == moment):
            return occurrence
        if steps >= MAX_STEPS or time.monotonic() > deadline:
            raise ValidationError(
                "The repeat rule {rule} takes too long to work out. Edit the reminder and "
                "choose a simpler repeat.",
                rule=repr(rule[:80]),
            )
    return None


def _moved_near(
    parsed: rrule, parts: dict[str, str], start: dt.datetime, moment: dt.datetime
) -> rrule:
    """A daily or weekly rule started long ago, moved on by whole repeats to just before `moment`:
    the same times from there on, without walking through every day since the start. (Rules
    with COUNT must count from the start; monthly and yearly walks are short anyway.)"""
    if "COUNT" in parts or parts["FREQ"] not in ("DAILY", "WEEKLY") or moment <= start:
        return parsed
    days = (7 if parts["FREQ"] == "WEEKLY" else 1) * int(parts.get("INTERVAL", "1"))
    repeats = (moment - start).days // days - 1
    if repeats < 1:
        return parsed
    moved: rrule = parsed.replace(dtstart=start + dt.timedelta(days=repeats * days))
    return moved


def _parse(rule: str, start: dt.datetime) -> rrule:
    _check_phase(_parts(rule), start)
    parsed = rrulestr(rule, dtstart=start.replace(tzinfo=None))
    if not isinstance(parsed, rrule):
        raise RuleError("only one RRULE is allowed")
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
    if preset is None and not (_plain(parts) and _well_formed(rule, start)):
        # Also a rule stored by an older version that the planner refuses today: shown as
        # written, never a crash of the listing or the export.
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


def _well_formed(rule: str, start: dt.datetime) -> bool:
    try:
        _check_shape(rule)
        _parse(rule, start)
    except _REFUSED:
        return False
    return True


def _plain(parts: dict[str, str]) -> bool:
    """True when a custom rule uses only parts that `describe_rule` puts into words."""
    if not set(parts) <= _PLAIN_PARTS or parts.get("FREQ") not in _UNITS:
        return False
    days = parts.get("BYDAY")
    # BYDAY in words only for weekly rules with plain days (not "the 2nd Monday": 2MO).
    return days is None or (
        parts["FREQ"] == "WEEKLY" and all(day in _WEEKDAYS for day in days.split(","))
    )
