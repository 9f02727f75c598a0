"""How strong a passphrase is, without any dependency: length, variety, and the usual traps
(common passwords, repeats, sequences, keyboard rows). The window turns the result into words."""

from __future__ import annotations

import enum

# The shortest passphrase the window accepts; a few ordinary words is what it recommends.
MIN_LENGTH = 8


class Strength(enum.Enum):
    TOO_SHORT = "too_short"
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


# Passwords people reach for first (lists of leaked passwords start with these).
# fmt: off
_COMMON = (
    "password", "passphrase", "passwort", "contraseña", "motdepasse", "qwerty", "azerty",
    "letmein", "iloveyou", "welcome", "admin", "secret", "monkey", "dragon", "sunshine",
    "princess", "football", "baseball", "shadow", "master", "login", "abc123", "123456", "111111",
)
# fmt: on
_KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qwertzuiop")


def strength(passphrase: str) -> Strength:
    """A rough hint for a new passphrase, from its length and variety, discounting repeats,
    sequences ("abcd", "4321", "qwerty") and the most common passwords. Several ordinary words
    ("correct horse battery staple") come out strong."""
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_SHORT
    lowered = passphrase.lower()
    if len(set(lowered)) <= 2:
        return Strength.WEAK
    effective = _effective_length(lowered)
    classes = _character_classes(passphrase)
    words = len([word for word in passphrase.replace("-", " ").split() if len(word) >= 3])
    if effective < MIN_LENGTH:
        return Strength.WEAK
    if effective >= 20 or (effective >= 16 and (classes >= 2 or words >= 3)):
        return Strength.STRONG
    if effective >= 12 and classes >= 3:
        return Strength.STRONG
    if effective >= 12 or classes >= 3:
        return Strength.FAIR
    return Strength.WEAK


def _effective_length(text: str) -> int:
    """Length once common words count as one character, runs and sequences of four or more as
    one, and a repeated chunk ("abcabcabc") as the chunk."""
    for word in _COMMON:
        text = text.replace(word, "\x00")
    for size in range(1, len(text) // 2 + 1):
        chunk = text[:size]
        if len(text) % size == 0 and chunk * (len(text) // size) == text:
            text = chunk
            break
    count = 0
    index = 0
    while index < len(text):
        run = _run_length(text, index)
        count += 1
        index += run if run >= 4 else 1
    return count


def _run_length(text: str, start: int) -> int:
    """How many characters from `start` form a repeat ("aaaa"), a step ("abcd", "9876"), or a
    stretch of a keyboard row."""
    best = 1
    for step in (0, 1, -1):
        end = start + 1
        while end < len(text) and ord(text[end]) - ord(text[end - 1]) == step:
            end += 1
        best = max(best, end - start)
    for row in _KEYBOARD_ROWS:
        for line in (row, row[::-1]):
            position = line.find(text[start])
            if position < 0:
                continue
            end = start
            while end < len(text) and position < len(line) and text[end] == line[position]:
                end += 1
                position += 1
            best = max(best, end - start)
    return best


def _character_classes(text: str) -> int:
    kinds = (
        any(c.islower() for c in text),
        any(c.isupper() for c in text),
        any(c.isdigit() for c in text),
        any(c.isalpha() and not c.islower() and not c.isupper() for c in text),
        any(not c.isalnum() for c in text),
    )
    return sum(kinds)
