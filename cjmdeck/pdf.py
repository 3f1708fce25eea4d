"""Converting a deck or report to PDF with LibreOffice, written through a temporary file."""

from __future__ import annotations

import shutil
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
            subprocess.run(args, check=True, capture_output=True, timeout=PDF_TIMEOUT)
        except subprocess.TimeoutExpired as err:
            raise OutputError(document, f"written, but LibreOffice took over {PDF_TIMEOUT} s to convert it") from err
        except subprocess.CalledProcessError as err:
            detail = f"LibreOffice could not convert it to PDF (exit status {err.returncode})"
            raise OutputError(document, f"written, but {detail}") from err
        except OSError as err:
            raise OutputError(document, f"written, but LibreOffice could not run ({err.strerror})") from err
        made = source.with_suffix(".pdf")
        if not made.exists():
            kept = "; the earlier PDF is left as it was" if pdf.exists() else ""
            raise OutputError(document, f"written, but LibreOffice did not produce a PDF{kept}")
        with atomic_write(pdf) as tmp:
            shutil.copyfile(made, tmp)
    return pdf
