"""Converting a deck or report to PDF with LibreOffice, written through a temporary file."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from cjmdeck.errors import OutputError
from cjmdeck.files import atomic_write

PDF_TIMEOUT = 300


def soffice() -> str | None:
    """Return the LibreOffice command on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(document: Path, pdf: Path) -> Path:
    """Convert `document` to the PDF `pdf` with LibreOffice and return its path.

    A report's contents are unwrapped first (see `cjmdeck.report.fields.for_pdf`), so that
    LibreOffice writes their page numbers.
    """
    command = soffice()
    if command is None:
        raise OutputError(
            document, "written, but no PDF: LibreOffice ('soffice') is not on PATH; install LibreOffice or drop --pdf"
        )
    with tempfile.TemporaryDirectory(prefix="cjmdeck-lo-") as work:
        source = Path(work) / f"{pdf.stem}{document.suffix}"
        data = document.read_bytes()
        if document.suffix == ".docx":
            from cjmdeck.report.fields import for_pdf

            data = for_pdf(data)
        source.write_bytes(data)
        profile = Path(work) / "profile"
        args = [
            command,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            str(source),
        ]
        try:
            status = _run(args, work)
        except subprocess.TimeoutExpired as err:
            raise OutputError(document, f"written, but LibreOffice took over {PDF_TIMEOUT} s to convert it") from err
        except OSError as err:
            raise OutputError(document, f"written, but LibreOffice could not run ({err.strerror})") from err
        if status:
            detail = f"LibreOffice could not convert it to PDF (exit status {status})"
            raise OutputError(document, f"written, but {detail}")
        made = source.with_suffix(".pdf")
        if not made.exists():
            kept = "; the earlier PDF is left as it was" if pdf.exists() else ""
            raise OutputError(document, f"written, but LibreOffice did not produce a PDF{kept}")
        with atomic_write(pdf) as tmp:
            shutil.copyfile(made, tmp)
    return pdf


def _run(args: list[str], work: str) -> int:
    """Run LibreOffice and return its exit status; if it overruns or the build is stopped, end all its processes.

    `soffice` is a script that starts the program proper: ending only the script left the program
    converting, and writing its profile into the temporary folder after it was removed. Its own
    temporary files go in `work` too, removed with it even when LibreOffice had no time to.
    """
    env = {**os.environ, "TMPDIR": work, "TMP": work, "TEMP": work}
    process = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, env=env
    )
    try:
        return process.wait(timeout=PDF_TIMEOUT)
    except BaseException:  # a timeout, Ctrl-C or a kill signal turned into SystemExit
        with contextlib.suppress(OSError):
            if hasattr(os, "killpg"):
                os.killpg(process.pid, signal.SIGKILL)  # its session's group: the script and the program
            else:
                process.kill()
        process.wait()
        raise
