"""The S3 stores the storage tests run against: moto_server on loopback
(deploy/object_store.py), or a real endpoint named by the WIJKKOMPAS_TEST_S3_* variables."""

import os
import uuid

import boto3

# Set these to run the live storage suite against a real S3-compatible endpoint; its buckets
# must exist and the suite only touches objects under a random prefix it removes afterwards.
LIVE_VARIABLES = (
    "WIJKKOMPAS_TEST_S3_ENDPOINT_URL",
    "WIJKKOMPAS_TEST_S3_BUCKET",
    "WIJKKOMPAS_TEST_S3_PRIVATE_BUCKET",
    "WIJKKOMPAS_TEST_S3_ACCESS_KEY_ID",
    "WIJKKOMPAS_TEST_S3_SECRET_ACCESS_KEY",
)


class LiveEndpoint:
    """A real S3-compatible endpoint named by the WIJKKOMPAS_TEST_S3_* variables."""

    def __init__(self):
        self.endpoint_url = os.environ["WIJKKOMPAS_TEST_S3_ENDPOINT_URL"]
        self.bucket = os.environ["WIJKKOMPAS_TEST_S3_BUCKET"]
        self.private_bucket = os.environ["WIJKKOMPAS_TEST_S3_PRIVATE_BUCKET"]
        self.region = os.environ.get("WIJKKOMPAS_TEST_S3_REGION", "")
        # Every object this run writes lies under this prefix, removed when the run ends.
        self.prefix = f"wijkkompas-test-{uuid.uuid4().hex[:8]}"

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=os.environ["WIJKKOMPAS_TEST_S3_ACCESS_KEY_ID"],
            aws_secret_access_key=os.environ["WIJKKOMPAS_TEST_S3_SECRET_ACCESS_KEY"],
            region_name=self.region or None,
        )

    def environment(self):
        return {
            "WIJKKOMPAS_S3_BUCKET": self.bucket,
            "WIJKKOMPAS_S3_PRIVATE_BUCKET": self.private_bucket,
            "WIJKKOMPAS_S3_ENDPOINT_URL": self.endpoint_url,
            "WIJKKOMPAS_S3_REGION": self.region,
            "WIJKKOMPAS_S3_ACCESS_KEY_ID": os.environ["WIJKKOMPAS_TEST_S3_ACCESS_KEY_ID"],
            "WIJKKOMPAS_S3_SECRET_ACCESS_KEY": os.environ["WIJKKOMPAS_TEST_S3_SECRET_ACCESS_KEY"],
            "WIJKKOMPAS_S3_ADDRESSING_STYLE": os.environ.get(
                "WIJKKOMPAS_TEST_S3_ADDRESSING_STYLE", ""
            ),
            "WIJKKOMPAS_S3_PREFIX": self.prefix,
        }

    def remove_test_objects(self):
        client = self.client()
        for bucket in (self.bucket, self.private_bucket):
            listing = client.list_objects_v2(Bucket=bucket, Prefix=self.prefix)
            for entry in listing.get("Contents", []):
                client.delete_object(Bucket=bucket, Key=entry["Key"])


def object_keys(store, bucket):
    """Every key of this run in `bucket` (without the run's prefix), read with boto3 directly
    rather than through Django."""
    listing = store.client().list_objects_v2(Bucket=bucket, Prefix=store.prefix)
    start = len(store.prefix) + 1 if store.prefix else 0
    return [entry["Key"][start:] for entry in listing.get("Contents", [])]
