"""Content packs: newer safety information for a computer that never goes online.

A pack is one file, built by the maintainers from resources/ (`make content-pack`), that holds
the catalog, the contacts and the guidance in both languages, a version and the date it was
checked, all signed with Ed25519. A shelter carries it on a USB stick; the planner checks the
signature against the public keys it ships, the format, that it is newer than the content in
use, and then runs the same catalog loader as for the built-in content. A pack is data only.

Modules: `format` (the file: build, read, verify), `store` (import and the content in use),
`changes` (what a pack would change, shown before it is applied). docs/content-format.md
describes the file and the maintainers' signing steps.
"""
