"""Builds the media storage settings (local disk or S3-compatible object storage) from the
environment; imported by the settings module (docs/storage.md).

Deliberately free of Django imports, so that settings can use it before Django is set up.
"""

S3_BACKEND = "storages.backends.s3.S3Storage"
FILESYSTEM_BACKEND = "django.core.files.storage.FileSystemStorage"
# Inside the media bucket, when no private bucket of their own is given. The bucket policy in
# docs/storage.md makes only images readable without signature, so this prefix stays private.
SUBMISSIONS_PREFIX = "private/submissions"
# A signed link to a submission attachment is good for this long; the admin streams the file
# itself, so a link only matters to someone handed one by the storage's url().
SIGNED_URL_SECONDS = 300


def object_storage_options(environ, bucket):
    """django-storages options for `bucket` from the WIJKKOMPAS_S3_* variables."""
    options = {
        "bucket_name": bucket,
        # No ACL on objects: the bucket's policy alone decides who may read what, so nothing
        # becomes public by an upload.
        "default_acl": None,
        # Never replace a stored file: Wagtail and the one-pagers rely on a taken name being
        # renamed, as on local disk.
        "file_overwrite": False,
    }
    for name, option in (
        ("WIJKKOMPAS_S3_ENDPOINT_URL", "endpoint_url"),
        ("WIJKKOMPAS_S3_REGION", "region_name"),
        # Without these, boto3 finds credentials itself (an instance role, AWS_* variables).
        ("WIJKKOMPAS_S3_ACCESS_KEY_ID", "access_key"),
        ("WIJKKOMPAS_S3_SECRET_ACCESS_KEY", "secret_key"),
        # "path" for servers that have no bucket host names (MinIO, Ceph, a server on an address).
        ("WIJKKOMPAS_S3_ADDRESSING_STYLE", "addressing_style"),
    ):
        value = environ.get(name, "").strip()
        if value:
            options[option] = value
    return options


def media_storages(environ, media_root, private_media_root):
    """The "default" (images, renditions, documents, one-pager PDFs) and "submissions"
    storages: local folders unless WIJKKOMPAS_S3_BUCKET names a bucket."""
    bucket = environ.get("WIJKKOMPAS_S3_BUCKET", "").strip()
    if not bucket:
        return {
            "default": {"BACKEND": FILESYSTEM_BACKEND},
            # Outside MEDIA_ROOT and without a URL: no web server serves them; editors download
            # them through the admin.
            "submissions": {
                "BACKEND": FILESYSTEM_BACKEND,
                "OPTIONS": {"location": private_media_root, "base_url": None},
            },
        }

    media = object_storage_options(environ, bucket)
    # Image URLs end up in pages kept at the edge for a day: they must not carry a signature
    # that expires before the page does. Documents and PDFs are streamed by the application.
    media["querystring_auth"] = False
    custom_domain = environ.get("WIJKKOMPAS_S3_CUSTOM_DOMAIN", "").strip()
    if custom_domain:
        media["custom_domain"] = custom_domain

    # One bucket may hold several sites or environments (acceptance, production) apart.
    prefix = environ.get("WIJKKOMPAS_S3_PREFIX", "").strip().strip("/")
    media["location"] = prefix
    private_bucket = environ.get("WIJKKOMPAS_S3_PRIVATE_BUCKET", "").strip()
    submissions = object_storage_options(environ, private_bucket or bucket)
    folder = "submissions" if private_bucket else SUBMISSIONS_PREFIX
    submissions["location"] = f"{prefix}/{folder}" if prefix else folder
    submissions["querystring_auth"] = True
    submissions["querystring_expire"] = SIGNED_URL_SECONDS
    return {
        "default": {"BACKEND": S3_BACKEND, "OPTIONS": media},
        "submissions": {"BACKEND": S3_BACKEND, "OPTIONS": submissions},
    }


# Wagtail's folders for uploaded images and their renditions: the only media a reader's
# browser fetches from the bucket itself.
PUBLIC_FOLDERS = ("original_images", "images")


def public_read_policy(bucket, prefix=""):
    """The bucket policy that lets anyone read images and renditions and nothing else:
    documents, one-pager PDFs and submission attachments are only handed out by the application
    (Wagtail's document view checks the collection's privacy)."""
    start = f"{prefix.strip('/')}/" if prefix.strip("/") else ""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicImages",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [
                    f"arn:aws:s3:::{bucket}/{start}{folder}/*" for folder in PUBLIC_FOLDERS
                ],
            }
        ],
    }
