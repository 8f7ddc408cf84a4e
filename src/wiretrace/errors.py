"""User-facing errors: each names the input and what to do, and is printed without a traceback."""

from __future__ import annotations


class WiretraceError(Exception):
    """Base class for errors the CLI reports as one line, with no traceback."""


class InputError(WiretraceError):
    """A bad input: names the file (and line/record) and the problem."""

    def __init__(
        self, source: str, problem: str, *, where: str | None = None, hint: str | None = None
    ):
        self.source = source
        self.problem = problem
        self.where = where
        self.hint = hint
        loc = f"{source}:{where}" if where else source
        msg = f"{loc}: {problem}"
        if hint:
            msg += f" ({hint})"
        super().__init__(msg)

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt from its fields, so it survives the trip back from an ingest worker.
        return (_rebuild, (type(self), self.source, self.problem, self.where, self.hint))


def _rebuild(
    cls: type[InputError], source: str, problem: str, where: str | None, hint: str | None
) -> InputError:
    return cls(source, problem, where=where, hint=hint)


class InputTooLarge(InputError):
    """An input over a documented size limit."""
