"""Files: beside the workbook, the bundled templates, Office packages read, output written through a temporary file."""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from cjmdeck import packages
from cjmdeck.errors import OutputError, TemplateError


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


def shown_name(path: Path) -> str:
    """Return the file name of `path` as text a document can hold, even when it is not UTF-8 on disk.

    Such names (from old Windows zips, say) reach Python with stand-ins for the bytes it
    could not decode; they are read as Windows-1252, and any byte left as U+FFFD.
    """
    name = path.name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(name)
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "replace")
    return name


def beside(folder: Path | None, name: str) -> Path | None:
    """Return the file `name` names in the workbook's `folder` or below it, else None (see `outside`)."""
    if not name or folder is None or outside(folder, name):
        return None
    path = folder / name
    return path if path.is_file() else None


def outside(folder: Path, name: str) -> bool:
    """Return True when `name` points out of `folder`: an absolute path, one that climbs out, or a link leading out.

    A workbook from a client must not pull files from the consultant's disk into the deck.
    """
    if Path(name).is_absolute() or Path(name).drive:
        return True
    try:
        (folder / name).resolve().relative_to(folder.resolve())
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop
        return True
    return False


def bundled(name: str) -> Path:
    """Return the path of the template `name` shipped with cjmdeck (installed, or in a source checkout)."""
    try:
        candidate = resources.files("cjmdeck") / "templates" / name
        if candidate.is_file():
            return Path(str(candidate))
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        pass
    return Path(__file__).resolve().parents[1] / "templates" / name


POWERPOINT = ("PowerPoint", ".pptx or .potx", ".ppt")  # the program, what to save as, the pre-2007 extension
WORD = ("Word", ".docx or .dotx", ".doc")


def read_package(path: Path, app: str, formats: str, old: str) -> bytes:
    """Return the bytes of the Office file `path`; raise TemplateError when it is unreadable, not a package or hostile.

    `app` names the program to save it from, `formats` what to save it as, `old` its pre-2007 extension.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not zipfile.is_zipfile(io.BytesIO(data)):
        protected = data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        detail = f"password-protected or an old {old} file" if protected else f"not a {app} file"
        raise TemplateError(path, f"{detail}; save it from {app} as {formats}, without a password")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            packages.scan(package, app)
    except packages.PackageProblem as exc:
        raise TemplateError(path, f"{exc}; open it in {app} and save it again" if exc.damaged else str(exc)) from exc
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise TemplateError(path, f"damaged {app} file; open it in {app} and save it again") from exc
    return data
