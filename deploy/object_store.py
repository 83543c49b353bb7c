"""An S3-compatible object store on this machine: moto in server mode as a process of its own
on loopback, for `make stack` (deploy/stack.py --object-store) and the tests. It speaks the S3
protocol over HTTP, so the nodes use it through boto3 exactly as they would a real store."""

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import boto3

from deploy.ports import free_port
from knowledge.operations.storage import public_read_policy

# moto accepts any credentials; these only have to be present and consistent.
ACCESS_KEY = "wijkkompas-local"
SECRET_KEY = "wijkkompas-local-only"  # noqa: S105 - moto checks nothing
REGION = "eu-west-1"


def moto_server_command():
    found = shutil.which("moto_server", path=str(Path(sys.executable).parent))
    return [found] if found else None


class MotoServer:
    """`moto_server` on a free loopback port, with a public-media and a private bucket."""

    def __init__(self):
        self.port = free_port()
        self.endpoint_url = f"http://127.0.0.1:{self.port}"
        self.bucket = "wijkkompas-media"
        self.private_bucket = "wijkkompas-private"
        self.prefix = ""
        self.process = None

    def start(self, log_path=os.devnull):
        log = open(log_path, "ab")  # noqa: SIM115 - kept open while the server runs
        self.process = subprocess.Popen(  # noqa: S603 - the dev dependency's own script
            [*moto_server_command(), "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=log,
            stderr=log,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(self.endpoint_url, timeout=1).close()  # noqa: S310
                break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("moto_server did not start") from None
                time.sleep(0.1)
        client = self.client()
        for bucket in (self.bucket, self.private_bucket):
            client.create_bucket(
                Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION}
            )
        # The policy docs/storage.md tells operators to set on the media bucket.
        client.put_bucket_policy(
            Bucket=self.bucket, Policy=json.dumps(public_read_policy(self.bucket))
        )
        return self

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name=REGION,
        )

    def environment(self):
        """The variables production reads (docs/storage.md) for this server."""
        return {
            "WIJKKOMPAS_S3_BUCKET": self.bucket,
            "WIJKKOMPAS_S3_PRIVATE_BUCKET": self.private_bucket,
            "WIJKKOMPAS_S3_ENDPOINT_URL": self.endpoint_url,
            "WIJKKOMPAS_S3_REGION": REGION,
            "WIJKKOMPAS_S3_ACCESS_KEY_ID": ACCESS_KEY,
            "WIJKKOMPAS_S3_SECRET_ACCESS_KEY": SECRET_KEY,
            "WIJKKOMPAS_S3_ADDRESSING_STYLE": "path",
        }
