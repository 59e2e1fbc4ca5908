"""Foto's van meldingen: opslag in S3, archief in Google Cloud Storage."""
import os
import boto3
from google.cloud import storage

# trap: commented-out configuration is not use
# ARCHIEF_URL = "https://afval-archief.blob.core.windows.net"
BUCKET = os.environ.get("FOTO_BUCKET", "afval-meldingen-fotos")


def bewaar_foto(melding_id: str, inhoud: bytes) -> str:
    s3 = boto3.client("s3", region_name="eu-central-1")
    s3.put_object(Bucket=BUCKET, Key=f"{melding_id}.jpg", Body=inhoud)
    return f"https://{BUCKET}.s3.eu-central-1.amazonaws.com/{melding_id}.jpg"


def archiveer(melding_id: str) -> None:
    storage.Client().bucket("afval-archief").blob(melding_id).upload_from_string(b"")
