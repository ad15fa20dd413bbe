"""A base for objects used in `with` blocks that release what they hold in `close()`."""

from __future__ import annotations

from types import TracebackType
from typing import Self


class Closing:
    """`with obj:` calls `obj.close()` on the way out, whatever happened inside."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
