import boto3

# trap: LocalStack is local emulation, not use of AWS
ENDPOINT = "http://localhost.localstack.cloud:4566"


def test_bucket_bestaat():
    s3 = boto3.client("s3", endpoint_url=ENDPOINT)
    assert s3 is not None
