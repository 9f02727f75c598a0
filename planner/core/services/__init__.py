"""Use cases: plain functions that take a Session (opened by the caller) and return DTOs."""
