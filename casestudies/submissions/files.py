"""Recognises an uploaded document by its content, so a renamed file cannot pass as a PDF or DOCX."""

import zipfile
from pathlib import PurePath

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

# What each accepted extension must be inside; the same names the form's message mentions.
ACCEPTED_EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".odt": "odt"}

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
}


def detect_document_kind(uploaded_file):
    """Return 'pdf', 'docx' or 'odt' when the content really is one, else None."""
    uploaded_file.seek(0)
    head = uploaded_file.read(8)
    uploaded_file.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names and "word/document.xml" in names:
                return "docx"
            # ODF requires an uncompressed 'mimetype' entry naming the document type.
            if "mimetype" in names and "content.xml" in names:
                entry = archive.getinfo("mimetype")
                if entry.file_size <= 100 and archive.read(entry).strip() == ODT_MIMETYPE:
                    return "odt"
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError):
        return None
    finally:
        uploaded_file.seek(0)
    return None


def extension_kind(filename):
    return ACCEPTED_EXTENSIONS.get(PurePath(filename).suffix.lower())
