"""Opslag van afvalmeldingen."""
import boto3
from azure.storage.blob import BlobServiceClient
from google.cloud import storage, bigquery as bq
import boto3_type_annotations
# from google.cloud import pubsub_v1
import os, botocore.config

bucket = "azure.storage.blob"
