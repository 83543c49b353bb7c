"""Recognises an uploaded document by its content, so a renamed file cannot pass as a PDF or DOCX."""

import zipfile
from pathlib import PurePath

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

# What each accepted extension must be inside; the same names the form's message mentions.
ACCEPTED_EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".odt": "odt"}

# What an accepted archive (DOCX, ODT) may hold once inflated: a 2 MB upload can unpack to
# gigabytes, and whoever opens it later (an editor's word processor, an indexer) pays for that.
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 2000
CHUNK = 1024 * 1024

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
            if not inflates_within(archive, MAX_UNCOMPRESSED_BYTES):
                return None
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


def inflates_within(archive, limit):
    """Whether every entry of the archive, really decompressed, adds up to at most `limit` bytes.

    The sizes an archive declares are checked first (cheap); then each entry is inflated in
    chunks and counted, because declared sizes can lie: Python stops reading an entry at its
    declared size and a lying entry fails its checksum (BadZipFile for the caller)."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES or sum(entry.file_size for entry in entries) > limit:
        return False
    total = 0
    for entry in entries:
        with archive.open(entry) as data:
            while chunk := data.read(CHUNK):
                total += len(chunk)
                if total > limit:
                    return False
    return True
