import json

import boto3

QUEUE_URL = "https://sqs.eu-central-1.amazonaws.com/123456789012/afval-meldingen"


def meld(melding: dict) -> None:
    boto3.client("sqs").send_message(QueueUrl=QUEUE_URL, MessageBody=json.dumps(melding))
