import boto3

s3 = boto3.client("s3")
ses = boto3.Session().client('sesv2')
other = httpx.client("s3")
