from time import monotonic

import boto3
import botocore
from flask import current_app

from app.clients import STATISTICS_DELIVERED, STATISTICS_FAILURE
from app.clients.email import (
    EmailClient,
    EmailClientException,
    EmailClientNonRetryableException,
)
from app.otel_metrics.provider import record_request_duration

ses_response_map = {
    "Permanent": {
        "message": "Hard bounced",
        "success": False,
        "notification_status": "permanent-failure",
        "notification_statistics_status": STATISTICS_FAILURE,
    },
    "Temporary": {
        "message": "Soft bounced",
        "success": False,
        "notification_status": "temporary-failure",
        "notification_statistics_status": STATISTICS_FAILURE,
    },
    "Delivery": {
        "message": "Delivered",
        "success": True,
        "notification_status": "delivered",
        "notification_statistics_status": STATISTICS_DELIVERED,
    },
    "Complaint": {
        "message": "Complaint",
        "success": True,
        "notification_status": "delivered",
        "notification_statistics_status": STATISTICS_DELIVERED,
    },
}


def get_aws_responses(status):
    return ses_response_map[status]


class AwsSesClientException(EmailClientException):
    pass


class AwsSesClientThrottlingSendRateException(AwsSesClientException):
    pass


class AwsSesClient(EmailClient):
    """
    Amazon SES email client.

    This class is not thread-safe
    """

    name = "ses"

    def __init__(self, region):
        super().__init__()
        self._client = boto3.client("sesv2", region_name=region)

    @record_request_duration(notification_type="email", provider_name="ses")
    def send_email(
        self,
        *,
        from_address: str,
        to_address: str,
        subject: str,
        body: str,
        html_body: str,
        reply_to_address: str | None,
        headers: list[dict[str, str]],
    ) -> str:
        reply_to_addresses = [punycode_encode_email(reply_to_address)] if reply_to_address else []
        to_addresses = [punycode_encode_email(to_address)]

        email_body = {"Text": {"Data": body}, "Html": {"Data": html_body}}

        start_time = monotonic()

        try:
            response = self._client.send_email(
                FromEmailAddress=from_address,
                Destination={
                    "ToAddresses": to_addresses,
                    "CcAddresses": [],
                    "BccAddresses": [],
                },
                Content={
                    "Simple": {
                        "Subject": {"Data": subject},
                        "Body": email_body,
                        "Headers": headers,
                    },
                },
                ReplyToAddresses=reply_to_addresses,
            )
        except botocore.exceptions.ClientError as e:
            # https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html#API_SendEmail_Errors
            if e.response["Error"]["Code"] == "InvalidParameterValue":
                raise EmailClientNonRetryableException(e.response["Error"]["Message"]) from e
            elif e.response["Error"]["Code"] == "TooManyRequestsException":
                raise AwsSesClientThrottlingSendRateException(str(e)) from e
            else:
                raise AwsSesClientException(str(e) + e.response["Error"]["Code"]) from e
        except Exception as e:
            raise AwsSesClientException(str(e)) from e
        else:
            elapsed_time = monotonic() - start_time
            current_app.logger.info(
                "AWS SES request finished in %.4g seconds",
                elapsed_time,
                extra={
                    "duration": elapsed_time,
                },
            )
            return response["MessageId"]


def punycode_encode_email(email_address):
    # only the hostname should ever be punycode encoded.
    local, hostname = email_address.split("@")
    return "{}@{}".format(local, hostname.encode("idna").decode("utf-8"))
