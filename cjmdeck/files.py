"""Files beside the workbook, and output written safely through a temporary file that replaces the target."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cjmdeck.errors import OutputError


@contextmanager
def atomic_write(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; it replaces `target` only when the block succeeds."""
    folder = target.resolve().parent
    if not folder.is_dir():
        detail = f"'{target.parent}' is not a folder" if folder.exists() else "the folder does not exist"
        raise OutputError(target, detail)
    try:
        fd, name = tempfile.mkstemp(prefix=".cjmdeck-", suffix=target.suffix, dir=folder)
        os.close(fd)
    except OSError as err:
        raise OutputError(target, f"cannot write the file: {err.strerror}") from err
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp's private mode would survive the rename
        os.replace(tmp, target)
    except OSError as err:
        raise OutputError(target, f"cannot write the file: {err.strerror}") from err
    finally:
        tmp.unlink(missing_ok=True)


def current_umask() -> int:
    """Return the process's umask (reading it means setting it, so it is set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def beside(folder: Path | None, name: str) -> Path | None:
    """Return the file `name` names, relative to the workbook's `folder`, or None when it is not a file there."""
    if not name:
        return None
    path = Path(name)
    if not path.is_absolute() and folder is not None:
        path = folder / path
    return path if path.is_file() else None
