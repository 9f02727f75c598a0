"""What the window does once its first screen is shown, to stay smooth afterwards."""

from __future__ import annotations

import gc


def settle_heap() -> None:
    """Collect once, then leave everything alive now out of later collections.

    Once the window is built (at start and after each unlock) the heap holds ~100,000 objects
    that live as long as the window; a full collection over them took 90-100 ms, and it
    landed while a person typed a search. Frozen, they are never scanned again; unfreezing
    first lets the previous plan's leftovers be collected."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
