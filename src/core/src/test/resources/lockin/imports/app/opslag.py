"""Opslag van afvalmeldingen."""
import boto3
from azure.storage.blob import BlobServiceClient
from google.cloud import storage, bigquery as bq
import boto3_type_annotations
# from google.cloud import pubsub_v1
import os, botocore.config

bucket = "azure.storage.blob"

from google.cloud import (  # line 11: the names follow on the next lines
    storage as gcs,
    bigquery,
)
from azure.storage import \
    queue
from os import (
    path,
)
from google.cloud import pubsub_v1
