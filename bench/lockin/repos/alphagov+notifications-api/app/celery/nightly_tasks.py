from datetime import UTC, datetime, timedelta
from tempfile import TemporaryFile
from typing import cast
from urllib.parse import urlencode
from uuid import UUID, uuid4

import boto3
import pyorc
from boto3.s3.transfer import TransferConfig
from flask import current_app
from notifications_utils.clients.zendesk.zendesk_client import (
    NotifySupportTicket,
    NotifyTicketType,
)
from notifications_utils.letter_timings import (
    get_dvla_working_day_offset_by,
    is_dvla_working_day,
)
from notifications_utils.timezones import convert_utc_to_bst
from sqlalchemy import CursorResult, Table, delete, func, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from app import db, notify_celery, zendesk_client
from app.aws import s3
from app.config import QueueNames
from app.constants import (
    EMAIL_TYPE,
    KEY_TYPE_NORMAL,
    LETTER_TYPE,
    NOTIFICATION_SENDING,
    SMS_TYPE,
    TEMPLATE_EMAIL_FILE_ARCHIVE_RETENTION_DAYS,
    TEMPLATE_EMAIL_FILE_S3_CLEANUP_CATCH_UP_WINDOW_DAYS,
)
from app.cronitor import cronitor
from app.dao.fact_processing_time_dao import insert_update_processing_time
from app.dao.inbound_sms_dao import delete_inbound_sms_older_than_retention
from app.dao.jobs_dao import (
    dao_archive_job,
    dao_get_jobs_older_than_data_retention,
)
from app.dao.notifications_dao import (
    dao_get_notifications_processing_time_stats,
    dao_timeout_notifications,
    delete_test_notifications,
    get_service_ids_with_notifications_before,
    move_notifications_to_notification_history,
)
from app.dao.report_requests_dao import update_report_requests_status_to_deleted
from app.dao.service_data_retention_dao import (
    fetch_service_data_retention_for_all_services_by_notification_type,
)
from app.dao.template_email_files_dao import dao_get_archived_template_email_files_older_than
from app.dao.unsubscribe_request_dao import (
    dao_archive_batched_unsubscribe_requests,
    dao_archive_old_unsubscribe_requests,
    get_service_ids_with_unsubscribe_requests,
)
from app.models import FactProcessingTime, Notification, NotificationHistory
from app.notifications.notifications_ses_callback import (
    check_and_queue_callback_task,
)
from app.utils import get_london_midnight_in_utc


@notify_celery.task(name="remove_sms_email_jobs")
@cronitor("remove_sms_email_jobs")
def remove_sms_email_csv_files():
    _remove_csv_files([EMAIL_TYPE, SMS_TYPE])


@notify_celery.task(name="remove_letter_jobs")
@cronitor("remove_letter_jobs")
def remove_letter_csv_files():
    _remove_csv_files([LETTER_TYPE])


def _remove_csv_files(job_types):
    jobs = dao_get_jobs_older_than_data_retention(notification_types=job_types)
    for job in jobs:
        s3.remove_job_from_s3(job.service_id, job.id)
        dao_archive_job(job)
        current_app.logger.info("Job ID %s has been removed from s3.", job.id, extra={"job_id": job.id})


@notify_celery.task(name="remove-archived-template-email-files-from-s3")
@cronitor("remove-archived-template-email-files-from-s3")
def remove_archived_template_email_files_from_s3(archived_after=None):
    archived_before = datetime.now(UTC) - timedelta(days=TEMPLATE_EMAIL_FILE_ARCHIVE_RETENTION_DAYS)

    if archived_after is not None:
        try:
            parsed_date = datetime.strptime(archived_after, "%Y-%m-%d").date()
        except ValueError as exc:
            raise ValueError('archived_after must be in "YYYY-MM-DD" format') from exc

        archived_after_dt = datetime.combine(parsed_date, datetime.min.time(), tzinfo=UTC)
    else:
        archived_after_dt = archived_before - timedelta(days=TEMPLATE_EMAIL_FILE_S3_CLEANUP_CATCH_UP_WINDOW_DAYS)

    if archived_after_dt > archived_before:
        raise ValueError(
            "Invalid archived_after for archived template email file s3 cleanup: "
            f"archived_after ({archived_after_dt.isoformat()}) "
            f"must be on or before archived_before ({archived_before.isoformat()})"
        )

    bucket_name = current_app.config["S3_BUCKET_TEMPLATE_EMAIL_FILES"]

    older_than = None
    scoped = deleted = failed = 0

    while True:
        archived_files_batch = dao_get_archived_template_email_files_older_than(
            session=db.session_bulk,
            retry_attempts=2,  # type: ignore
            archived_after=archived_after_dt,
            archived_before=archived_before,
            page_size=current_app.config.get("API_PAGE_SIZE"),
            older_than=older_than,
        )
        if not archived_files_batch:
            break

        scoped += len(archived_files_batch)

        for template_email_file, service_id in archived_files_batch:
            object_key = f"{service_id}/{template_email_file.id}"

            try:
                s3.remove_s3_object(bucket_name, object_key)
                deleted += 1
            except Exception:
                failed += 1

                current_app.logger.exception(
                    ("Failed to remove archived template email file from s3: template_email_file_id=%s service_id=%s"),
                    str(template_email_file.id),
                    str(service_id),
                )

        last_archived_file = archived_files_batch[-1][0]
        older_than = last_archived_file.id

    current_app.logger.info(
        ("Archived template email file s3 cleanup complete: scoped=%s deleted=%s failed=%s"),
        scoped,
        deleted,
        failed,
    )


@notify_celery.task(name="archive-unsubscribe-requests")
def archive_unsubscribe_requests():
    for service_id in get_service_ids_with_unsubscribe_requests():
        archive_batched_unsubscribe_requests.apply_async(
            queue=QueueNames.REPORTING,
            args=[service_id],
            MessageGroupId=str(service_id),
        )
        archive_old_unsubscribe_requests.apply_async(
            queue=QueueNames.REPORTING,
            args=[service_id],
            MessageGroupId=str(service_id),
        )


@notify_celery.task(name="archive-batched-unsubscribe-requests")
def archive_batched_unsubscribe_requests(service_id):
    start = datetime.now(UTC)
    count_deleted = dao_archive_batched_unsubscribe_requests(service_id)
    log_archive_unsubscribe_requests(start, service_id, count_deleted)


@notify_celery.task(name="archive-old-unsubscribe-requests")
def archive_old_unsubscribe_requests(service_id):
    start = datetime.now(UTC)
    count_deleted = dao_archive_old_unsubscribe_requests(service_id)
    log_archive_unsubscribe_requests(start, service_id, count_deleted)


def log_archive_unsubscribe_requests(start, service_id, count_deleted):
    base_params = {
        "celery_task": notify_celery.current_task.name,
        "service_id": service_id,
        "deleted_record_count": count_deleted,
        "duration": datetime.now(UTC) - start,
    }
    current_app.logger.info(
        "%(celery_task)s service: %(service_id)s, count deleted: %(deleted_record_count)s, duration: %(duration)s",
        base_params,
        extra={
            **base_params,
            "duration": base_params["duration"].total_seconds(),
        },
    )


@notify_celery.task(name="delete-notifications-older-than-retention")
def delete_notifications_older_than_retention():
    delete_email_notifications_older_than_retention.apply_async(queue=QueueNames.REPORTING)
    delete_sms_notifications_older_than_retention.apply_async(queue=QueueNames.REPORTING)
    delete_letter_notifications_older_than_retention.apply_async(queue=QueueNames.REPORTING)


@notify_celery.task(name="delete-sms-notifications")
@cronitor("delete-sms-notifications")
def delete_sms_notifications_older_than_retention():
    _delete_notifications_older_than_retention_by_type("sms")


@notify_celery.task(name="delete-email-notifications")
@cronitor("delete-email-notifications")
def delete_email_notifications_older_than_retention():
    _delete_notifications_older_than_retention_by_type("email")


@notify_celery.task(name="delete-letter-notifications")
@cronitor("delete-letter-notifications")
def delete_letter_notifications_older_than_retention():
    _delete_notifications_older_than_retention_by_type("letter")


def _delete_notifications_older_than_retention_by_type(
    notification_type,
    stagger_total_period=timedelta(minutes=5),
):
    flexible_data_retention = fetch_service_data_retention_for_all_services_by_notification_type(
        notification_type, db.session_bulk, retry_attempts=2
    )

    for i, f in enumerate(flexible_data_retention):
        day_to_delete_backwards_from = get_london_midnight_in_utc(
            convert_utc_to_bst(datetime.utcnow()).date() - timedelta(days=f.days_of_retention)
        )

        delete_notifications_for_service_and_type.apply_async(
            queue=QueueNames.REPORTING,
            kwargs={
                "service_id": f.service_id,
                "notification_type": notification_type,
                "datetime_to_delete_before": day_to_delete_backwards_from,
            },
            countdown=(i / len(flexible_data_retention)) * stagger_total_period.seconds,
            MessageGroupId=str(f.service_id),
        )

    seven_days_ago = get_london_midnight_in_utc(convert_utc_to_bst(datetime.utcnow()).date() - timedelta(days=7))
    service_ids_with_data_retention = {x.service_id for x in flexible_data_retention}

    # get a list of all service ids that we'll need to delete for. Typically that might only be 5% of services.
    # This query takes a couple of mins to run.
    service_ids_that_have_sent_notifications_recently = get_service_ids_with_notifications_before(
        notification_type, seven_days_ago, db.session_bulk, retry_attempts=2
    )

    service_ids_to_purge = service_ids_that_have_sent_notifications_recently - service_ids_with_data_retention

    for i, service_id in enumerate(service_ids_to_purge):
        delete_notifications_for_service_and_type.apply_async(
            queue=QueueNames.REPORTING,
            kwargs={
                "service_id": service_id,
                "notification_type": notification_type,
                "datetime_to_delete_before": seven_days_ago,
            },
            countdown=(i / len(service_ids_to_purge)) * stagger_total_period.seconds,
            MessageGroupId=str(service_id),
        )

    extra = {
        "notification_type": notification_type,
        "service_ids_with_data_retention_count": len(service_ids_with_data_retention),
        "service_ids_to_purge_count": len(service_ids_to_purge),
    }
    current_app.logger.info(
        (
            "delete-notifications-older-than-retention: triggered subtasks for "
            "notification_type %(notification_type)s: "
            "%(service_ids_with_data_retention_count)s services with flexible data retention, "
            "%(service_ids_to_purge_count)s services without flexible data retention"
        ),
        extra,
        extra=extra,
    )


@notify_celery.task(bind=True, name="delete-notifications-for-service-and-type")
def delete_notifications_for_service_and_type(self, service_id, notification_type, datetime_to_delete_before):
    start = datetime.utcnow()
    num_deleted = move_notifications_to_notification_history(
        notification_type,
        service_id,
        datetime_to_delete_before,
    )
    if num_deleted:
        end = datetime.utcnow()
        base_params = {
            "service_id": service_id,
            "notification_type": notification_type,
            "deleted_record_count": num_deleted,
            "duration": end - start,
        }
        current_app.logger.info(
            (
                "delete-notifications-for-service-and-type: "
                "service: %(service_id)s, notification_type: %(notification_type)s, "
                "count deleted: %(deleted_record_count)s, duration: %(duration)s"
            ),
            base_params,
            extra={
                **base_params,
                "duration": base_params["duration"].total_seconds(),
            },
        )
        # if some things were deleted, there could be more! lets queue up a new task with the same params
        # if there was nothing deleted, we've got no more work to do
        delete_notifications_for_service_and_type.apply_async(
            args=(service_id, notification_type, datetime_to_delete_before),
            queue=QueueNames.REPORTING,
            MessageGroupId=self.message_group_id,
        )
    else:
        # now we've deleted all the real notifications, clean up the test notifications
        delete_test_notifications_for_service_and_type.apply_async(
            args=(service_id, notification_type, datetime_to_delete_before),
            queue=QueueNames.REPORTING,
            MessageGroupId=self.message_group_id,
        )


@notify_celery.task(name="delete-test-notifications-for-service-and-type")
def delete_test_notifications_for_service_and_type(service_id, notification_type, datetime_to_delete_before):
    num_deleted = delete_test_notifications(notification_type, service_id, datetime_to_delete_before)

    if num_deleted:
        delete_test_notifications_for_service_and_type.apply_async(
            args=(service_id, notification_type, datetime_to_delete_before),
            queue=QueueNames.REPORTING,
            MessageGroupId=str(service_id),
        )


@notify_celery.task(name="timeout-sending-notifications")
@cronitor("timeout-sending-notifications")
def timeout_notifications():
    notifications = ["dummy value so len() > 0"]

    cutoff_time = datetime.utcnow() - timedelta(seconds=current_app.config.get("SENDING_NOTIFICATIONS_TIMEOUT_PERIOD"))

    while len(notifications) > 0:
        notifications = dao_timeout_notifications(cutoff_time)

        for notification in notifications:
            check_and_queue_callback_task(notification)

        extra = {"notification_count": len(notifications)}
        current_app.logger.info(
            "Timeout period reached for %(notification_count)s notifications, status has been updated.",
            extra,
            extra=extra,
        )


@notify_celery.task(name="delete-inbound-sms")
@cronitor("delete-inbound-sms")
def delete_inbound_sms():
    try:
        start = datetime.utcnow()
        deleted = delete_inbound_sms_older_than_retention()
        base_params = {
            "start_time": start,
            "duration": datetime.utcnow() - start,
            "deleted_record_count": deleted,
        }
        current_app.logger.info(
            "Delete inbound sms job started %(start_time)s duration %(duration)s seconds deleted "
            "%(deleted_record_count)s inbound sms notifications",
            base_params,
            extra={
                **base_params,
                "duration": base_params["duration"].total_seconds(),
            },
        )
    except SQLAlchemyError:
        current_app.logger.exception("Failed to delete inbound sms notifications")
        raise


@notify_celery.task(name="raise-alert-if-letter-notifications-still-sending")
@cronitor("raise-alert-if-letter-notifications-still-sending")
def raise_alert_if_letter_notifications_still_sending():
    still_sending_count, sent_date = get_letter_notifications_still_sending_when_they_shouldnt_be()

    if still_sending_count:
        if current_app.should_send_zendesk_alerts:
            message = (
                f"There are {still_sending_count} letters in the 'sending' state from {sent_date.strftime('%A %d %B')}."
                " Resolve using https://github.com/alphagov/notifications-manuals/wiki"
                "/Support-Runbook#deal-with-letters-still-in-sending"
            )

            ticket = NotifySupportTicket(
                subject=f"[{current_app.config['NOTIFY_ENVIRONMENT']}] Letters still sending",
                email_ccs=current_app.config["DVLA_EMAIL_ADDRESSES"],
                message=message,
                ticket_type=NotifySupportTicket.TYPE_TASK,
                notify_ticket_type=NotifyTicketType.TECHNICAL,
                notify_task_type="notify_task_letters_sending",
            )
            zendesk_client.send_ticket_to_zendesk(ticket)
        else:
            current_app.logger.error(
                "There are %s letters in the 'sending' state from %s",
                still_sending_count,
                sent_date.strftime("%A %d %B"),
                extra={"notification_count": still_sending_count, "sent_date": sent_date},
            )


def get_letter_notifications_still_sending_when_they_shouldnt_be():
    now = datetime.utcnow()

    # If it's a weekend day or a bank holiday, do nothing
    if not is_dvla_working_day(now):
        return 0, None

    expected_sent_date = get_dvla_working_day_offset_by(now, days=-2).date()

    q = Notification.query.filter(
        Notification.notification_type == LETTER_TYPE,
        Notification.status == NOTIFICATION_SENDING,
        Notification.key_type == KEY_TYPE_NORMAL,
        func.date(Notification.sent_at) <= expected_sent_date,
    )

    return q.count(), expected_sent_date


@notify_celery.task(name="save-daily-notification-processing-time")
@cronitor("save-daily-notification-processing-time")
def save_daily_notification_processing_time(bst_date=None):
    # bst_date is a string in the format of "YYYY-MM-DD"
    if bst_date is None:
        # if a date is not provided, we run against yesterdays data
        bst_date = (datetime.utcnow() - timedelta(days=1)).date()
    else:
        bst_date = datetime.strptime(bst_date, "%Y-%m-%d").date()

    start_time = get_london_midnight_in_utc(bst_date)
    end_time = get_london_midnight_in_utc(bst_date + timedelta(days=1))
    result = dao_get_notifications_processing_time_stats(
        start_time, end_time, session=db.session_bulk, retry_attempts=2
    )
    insert_update_processing_time(
        FactProcessingTime(
            bst_date=bst_date,
            messages_total=result.messages_total,
            messages_within_10_secs=result.messages_within_10_secs,
        )
    )


@notify_celery.task(name="update-report-status-to-deleted")
@cronitor("update-report-status-to-deleted")
def update_report_status_to_deleted():
    try:
        update_report_requests_status_to_deleted()
        current_app.logger.info("Successfully updated report status to deleted.")
    except SQLAlchemyError as e:
        current_app.logger.error("Failed to update report status to deleted: %s", str(e))
        raise


# in order of priority (type hierarchies can overlap!)
_python_types_orc_type_constructors = (
    (int, lambda: pyorc.Int()),
    (float, lambda: pyorc.Double()),
    (UUID, lambda: pyorc.Binary()),
    (str, lambda: pyorc.String()),
    (datetime, lambda: pyorc.Timestamp()),
    (bool, lambda: pyorc.Boolean()),
)


def _get_orc_type_from_python_type(python_type):
    for candidate_python_type, orc_type_ctr in _python_types_orc_type_constructors:
        if issubclass(python_type, candidate_python_type):
            return orc_type_ctr()

    raise ValueError(f"Don't know what orc type to use for python type {python_type!r}")


@notify_celery.task(name="deep-archive-notification-history-up-to-limit")
def deep_archive_notification_history_up_to_limit():
    delete_archived = current_app.config["NOTIFICATION_DEEP_HISTORY_DELETE_ARCHIVED"]
    max_hours_archived = current_app.config["NOTIFICATION_DEEP_HISTORY_MAX_HOURS_ARCHIVED_IN_RUN"]
    min_archivable_age = timedelta(days=current_app.config["NOTIFICATION_DEEP_HISTORY_MIN_AGE_DAYS"])
    earliest_unarchivable_datetime = (datetime.now(UTC) - min_archivable_age).replace(minute=0, second=0, microsecond=0)

    table = NotificationHistory.__table__

    latest_created_at_archived = None

    for _ in range(max_hours_archived):
        query = (
            select(table.c.created_at)
            .where(table.c.created_at < earliest_unarchivable_datetime)
            .order_by(table.c.created_at)
            .limit(1)
        )
        if latest_created_at_archived and not delete_archived:
            # extra clause needed to progress the run since rows aren't being deleted
            query = query.where(table.c.created_at > latest_created_at_archived)

        oldest_created_at_row = db.session.execute(query).scalars().all()
        if not oldest_created_at_row:
            current_app.logger.info("No more archivable notification_history rows")
            return

        oldest_created_at_hour = oldest_created_at_row[0].replace(minute=0, second=0, microsecond=0)
        oldest_created_at_hour_str = oldest_created_at_hour.isoformat()
        current_app.logger.info(
            "Archiving created_at hour beginning %s",
            oldest_created_at_hour_str,
            extra={"hour_beginning": oldest_created_at_hour_str},
        )

        latest_created_at_archived = _deep_archive_notification_history_hour_starting(oldest_created_at_hour)
    else:
        current_app.logger.info(
            "Archived maximum number of hours allowed in this run (%s)",
            max_hours_archived,
            extra={"max_hours_archived": max_hours_archived},
        )


def _deep_archive_notification_history_hour_starting(
    start_datetime: datetime,
    db_batch_size: int = 50_000,
    written_rows_log_every: int = 1_000_000,
) -> datetime:
    if start_datetime.minute or start_datetime.second or start_datetime.microsecond:
        raise ValueError(f"start_datetime {start_datetime!r} is not on-the-hour")

    end_datetime = start_datetime + timedelta(hours=1)

    s3_bucket = current_app.config["S3_BUCKET_NOTIFICATION_DEEP_HISTORY"]
    s3_key_prefix = current_app.config["NOTIFICATION_DEEP_HISTORY_S3_KEY_PREFIX"]
    delete_archived = current_app.config["NOTIFICATION_DEEP_HISTORY_DELETE_ARCHIVED"]

    s3 = boto3.client("s3")

    table = NotificationHistory.__table__
    orc_type_description = pyorc.Struct(
        **{col.name: _get_orc_type_from_python_type(col.type.python_type) for col in inspect(table).c}
    )

    latest_created_at = None

    with TemporaryFile() as f:
        with pyorc.Writer(
            f,
            orc_type_description,
            struct_repr=pyorc.StructRepr.DICT,
            compression=pyorc.CompressionKind.ZSTD,
            bloom_filter_columns=[col.name for col in inspect(table).c if issubclass(col.type.python_type, UUID)]
            + ["reference", "client_reference"],
        ) as writer:
            history_rows = _deep_archive_notification_history_row_gen(
                table, start_datetime, end_datetime, db_batch_size
            )

            for row in history_rows:
                latest_created_at = row.created_at
                writer.write({k: (v.bytes if isinstance(v, UUID) else v) for k, v in row._mapping.items()})
                if not writer.current_row % written_rows_log_every:
                    current_app.logger.info(
                        "%s rows of ORC file written",
                        writer.current_row,
                        extra={"row_count": writer.current_row},
                    )

            final_current_row = writer.current_row

        f.seek(0, 2)  # end of file
        final_file_size = f.tell()
        f.seek(0)

        current_app.logger.info(
            "Finished writing %s byte ORC file with %s rows",
            final_file_size,
            final_current_row,
            extra={
                "row_count": final_current_row,
                "file_size": final_file_size,
            },
        )

        s3_key = (
            f"{s3_key_prefix}"
            f"created_at_date_hour={start_datetime.date().isoformat()}T{start_datetime.hour:02}/"
            f"{uuid4()}.orc"
        )

        current_app.logger.info(
            "Uploading %s byte file to %s in bucket %s",
            final_file_size,
            s3_key,
            s3_bucket,
            extra={
                "s3_key": s3_key,
                "s3_bucket": s3_bucket,
                "file_size": final_file_size,
            },
        )

        s3.upload_fileobj(
            f,
            s3_bucket,
            s3_key,
            Config=TransferConfig(use_threads=False),
            ExtraArgs={
                "ServerSideEncryption": "AES256",
                "Tagging": urlencode({"contents_deleted": "false"}),
            },
        )

        current_app.logger.info(
            "Successfully uploaded %s to bucket %s",
            s3_key,
            s3_bucket,
            extra={
                "s3_key": s3_key,
                "s3_bucket": s3_bucket,
                "file_size": final_file_size,
            },
        )

        if delete_archived:
            # this will attempt to upgrade our share-locks to exclusive locks, waiting
            # until it is able to do so. in case of contention between two concurrent
            # tasks trying to delete the same rows, only one of the transactions will
            # be able to pass this point (due to the share-lock) and that one will
            # get to mark its uploaded archive as contents_deleted (thereby preventing
            # a lifecycle rule from reaping it). any other ones will have been killed
            # by the deadlock detector.
            deleted_row_count = cast(
                CursorResult,
                db.session.execute(
                    delete(table).where(
                        table.c.created_at >= start_datetime,
                        table.c.created_at < end_datetime,
                    )
                ),
            ).rowcount

            if deleted_row_count != final_current_row:
                raise RuntimeError(
                    f"Number of deleted rows ({deleted_row_count}) would not be the same as "
                    f"number of rows exported ({final_current_row}) - cowardly refusing "
                    "to commit transaction"
                )

            db.session.commit()

            try:
                deleted_timestamp_iso = datetime.now(UTC).isoformat()

                current_app.logger.info(
                    "Tagging %s in bucket %s with contents_deleted=true, contents_deleted_at=%s",
                    s3_key,
                    s3_bucket,
                    deleted_timestamp_iso,
                    extra={
                        "s3_key": s3_key,
                        "s3_bucket": s3_bucket,
                        "file_size": final_file_size,
                    },
                )

                tag_set = s3.get_object_tagging(
                    Bucket=s3_bucket,
                    Key=s3_key,
                )["TagSet"]

                if existing_tag := next((tag for tag in tag_set if tag["Key"] == "contents_deleted_at"), None):
                    current_app.logger.warning(
                        "Found existing contents_deleted_at tag on object %s in bucket %s with value %s",
                        s3_key,
                        s3_bucket,
                        repr(existing_tag["Value"]),
                        extra={
                            "s3_key": s3_key,
                            "s3_bucket": s3_bucket,
                            "tag_value": existing_tag["Value"],
                        },
                    )
                contents_deleted_tag = next((tag for tag in tag_set if tag["Key"] == "contents_deleted"), None)
                if contents_deleted_tag and contents_deleted_tag.get("Value") == "true":
                    current_app.logger.warning(
                        "Existing contents_deleted tag on object %s in bucket %s already has value 'true'",
                        s3_key,
                        s3_bucket,
                        extra={
                            "s3_key": s3_key,
                            "s3_bucket": s3_bucket,
                        },
                    )

                tag_set = [tag for tag in tag_set if tag["Key"] not in ("contents_deleted", "contents_deleted_at")]
                tag_set += [
                    {"Key": "contents_deleted", "Value": "true"},
                    {"Key": "contents_deleted_at", "Value": deleted_timestamp_iso},
                ]

                s3.put_object_tagging(
                    Bucket=s3_bucket,
                    Key=s3_key,
                    Tagging={
                        "TagSet": tag_set,
                    },
                )
            except Exception:
                current_app.logger.warning(
                    "Failed to tag archived notification file %s in bucket %s as contents_deleted=true, even "
                    "though the corresponding %s rows of NotificationHistory *were* successfully deleted - you "
                    "may need to manually find this s3 object and set this tag (note it may have been given a "
                    "delete marker by a lifecycle rule)",
                    s3_key,
                    s3_bucket,
                    deleted_row_count,
                    extra={
                        "s3_key": s3_key,
                        "s3_bucket": s3_bucket,
                        "deleted_row_count": deleted_row_count,
                        "file_size": final_file_size,
                    },
                )
                raise

            current_app.logger.info(
                "Successfully archived %s to bucket %s and deleted %s rows of NotificationHistory",
                s3_key,
                s3_bucket,
                deleted_row_count,
                extra={
                    "s3_key": s3_key,
                    "s3_bucket": s3_bucket,
                    "deleted_row_count": deleted_row_count,
                    "file_size": final_file_size,
                },
            )
        else:
            # release share-locks
            db.session.commit()

        return latest_created_at  # type: ignore[return-value]


# a generator that will issue successive queries in batch_size chunks (mostly so
# we don't have to keep huge result sets in memory on client or server) to ultimately
# yield all applicable results
def _deep_archive_notification_history_row_gen(
    table: Table, start_datetime: datetime, end_datetime: datetime, batch_size: int
):
    prev_results_len = prev_results_lastrow = None

    while prev_results_len is None or prev_results_len == batch_size:
        # here we take a share-lock on all our rows we intend to archive to ensure the
        # version we export is the *final* version the database saw. share-lock is taken
        # even if we're not deleting so that it simulates the performance impact of doing
        # it for real
        results = db.session.execute(
            select(table)
            .where(
                table.c.created_at >= start_datetime,
                table.c.created_at < end_datetime,
                *(
                    ()
                    if prev_results_lastrow is None
                    else (
                        # because id is unique, we can be confident the "next" result we want is
                        # the one that sorts directly after this tuple (whose columns match
                        # the order_by clause)
                        func.ROW(table.c.created_at, table.c.id)
                        > func.ROW(prev_results_lastrow.created_at, prev_results_lastrow.id),
                    )
                ),
            )
            .order_by(
                table.c.created_at,
                table.c.id,
            )
            .with_for_update(
                read=True,
            )
            .limit(batch_size)
        ).all()

        yield from results

        prev_results_len = len(results)
        prev_results_lastrow = results[-1] if prev_results_len else None
