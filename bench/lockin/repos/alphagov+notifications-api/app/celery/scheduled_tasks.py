import csv
import io
from collections import defaultdict
from datetime import date, datetime, timedelta

import jinja2
import sentry_sdk
from flask import current_app
from notifications_utils.clients.zendesk.zendesk_client import (
    NotifySupportTicket,
    NotifySupportTicketAttachment,
    NotifySupportTicketComment,
    NotifySupportTicketStatus,
    NotifyTicketType,
)
from notifications_utils.timezones import convert_utc_to_bst
from redis.exceptions import LockError
from sqlalchemy import and_, between, quoted_name, text
from sqlalchemy.exc import SQLAlchemyError

from app import db, dvla_client, notify_celery, redis_store, zendesk_client
from app.aws import s3
from app.celery.letters_pdf_tasks import get_pdf_for_templated_letter
from app.celery.tasks import (
    get_id_task_args_kwargs_for_job_row,
    get_recipient_csv_and_template_and_sender_id,
    process_incomplete_jobs,
    process_job,
    process_job_row,
)
from app.clients.letter.dvla import DvlaRetryableException
from app.config import QueueNames, TaskNames
from app.constants import (
    EMAIL_TYPE,
    JOB_STATUS_ERROR,
    JOB_STATUS_FINISHED_ALL_NOTIFICATIONS_CREATED,
    JOB_STATUS_IN_PROGRESS,
    JOB_STATUS_PENDING,
    KEY_TYPE_NORMAL,
    SMS_TYPE,
    CacheKeys,
)
from app.cronitor import cronitor
from app.dao.annual_billing_dao import set_default_free_allowance_for_service
from app.dao.date_util import get_current_financial_year_start_year
from app.dao.inbound_numbers_dao import dao_get_available_inbound_numbers
from app.dao.invited_org_user_dao import (
    delete_org_invitations_created_more_than_two_days_ago,
)
from app.dao.invited_user_dao import (
    delete_invitations_created_more_than_two_days_ago,
)
from app.dao.jobs_dao import (
    dao_set_scheduled_jobs_to_pending,
    dao_update_job,
    find_jobs_that_completed_processing,
    find_jobs_with_missing_rows,
    find_missing_row_for_job,
)
from app.dao.notifications_dao import (
    SlowProviderDeliveryReport,
    dao_letters_in_technical_failure,
    dao_old_letters_with_created_status,
    dao_precompiled_letters_still_pending_virus_check,
    get_slow_text_message_delivery_reports_by_provider,
    is_delivery_slow_for_providers,
    letters_missing_from_sending_bucket,
    notifications_not_yet_sent,
)
from app.dao.provider_details_dao import (
    dao_adjust_provider_priority_back_to_resting_points,
    dao_reduce_sms_provider_priority,
    get_provider_details_by_notification_type,
)
from app.dao.services_dao import (
    dao_fetch_service_by_id,
    dao_find_services_sending_to_tv_numbers,
    dao_find_services_with_high_failure_rates,
)
from app.dao.template_email_files_dao import dao_archive_pending_files, dao_get_template_email_files_by_template_id
from app.dao.templates_dao import dao_get_template_by_id
from app.dao.users_dao import delete_codes_older_created_more_than_a_day_ago, get_users_for_research
from app.letters.utils import generate_letter_pdf_filename
from app.models import (
    AnnualBilling,
    EmailBranding,
    Event,
    Job,
    Notification,
    Organisation,
    Service,
    User,
)
from app.notifications.process_notifications import persist_notification, send_notification_to_queue
from app.otel_metrics.provider import (
    record_info,
    record_priority,
    record_sms_legacy_not_delivered_within,
    record_updated_at,
)
from app.utils import get_london_midnight_in_utc


@notify_celery.task(name="run-scheduled-jobs")
@cronitor("run-scheduled-jobs")
def run_scheduled_jobs():
    try:
        for job in dao_set_scheduled_jobs_to_pending():
            process_job.apply_async(
                [str(job.id)],
                queue=QueueNames.JOBS,
                MessageGroupId=str(job.service_id),
            )
            current_app.logger.info("Job ID %s added to process job queue", job.id, extra={"job_id": job.id})
    except SQLAlchemyError:
        current_app.logger.exception("Failed to run scheduled jobs")
        raise


@notify_celery.task(name="archive-pending-files")
def archive_pending_files():
    try:
        number_of_files_archived = dao_archive_pending_files()
        base_params = {"number_of_files_archived": number_of_files_archived}
        current_app.logger.info(
            "Archived %(number_of_files_archived)s files created more than 24 hours ago that are still in pending",
            base_params,
            extra={**base_params},
        )
    except SQLAlchemyError:
        current_app.logger.exception("Failed to archive pending files")
        raise


@notify_celery.task(name="delete-verify-codes")
def delete_verify_codes():
    try:
        start = datetime.utcnow()
        deleted = delete_codes_older_created_more_than_a_day_ago()

        base_params = {
            "duration": datetime.utcnow() - start,
            "deleted_record_count": deleted,
        }
        current_app.logger.info(
            "Delete job took %(duration)s and deleted %(deleted_record_count)s verify codes",
            base_params,
            extra={
                **base_params,
                "duration": base_params["duration"].total_seconds(),
            },
        )
    except SQLAlchemyError:
        current_app.logger.exception("Failed to delete verify codes")
        raise


@notify_celery.task(name="delete-invitations")
def delete_invitations():
    try:
        start = datetime.utcnow()
        deleted_invites = delete_invitations_created_more_than_two_days_ago()
        deleted_invites += delete_org_invitations_created_more_than_two_days_ago()

        base_params = {
            "duration": datetime.utcnow() - start,
            "deleted_record_count": deleted_invites,
        }
        current_app.logger.info(
            "Delete job took %(duration)s and deleted %(deleted_record_count)s invitations",
            base_params,
            extra={
                **base_params,
                "duration": base_params["duration"].total_seconds(),
            },
        )
    except SQLAlchemyError:
        current_app.logger.exception("Failed to delete invitations")
        raise


@notify_celery.task(name="switch-current-sms-provider-on-slow-delivery")
def switch_current_sms_provider_on_slow_delivery():
    """
    Reduce provider's priority if at least 15% of notifications took more than 5 minutes to be delivered
    in the last 15 minutes. If both providers are slow, don't do anything. If we changed the providers in the
    last 5 minutes, then don't update them again either.
    """
    slow_delivery_notifications = is_delivery_slow_for_providers(
        created_within_minutes=15,
        delivered_within_minutes=5,
        threshold=0.15,
    )

    # only adjust if some values are true and some are false - ie, don't adjust if all providers are fast or
    # all providers are slow
    if len(set(slow_delivery_notifications.values())) != 1:
        for provider_name, is_slow in slow_delivery_notifications.items():
            if is_slow:
                current_app.logger.warning(
                    "Slow delivery notifications detected for provider %s",
                    provider_name,
                    extra={"provider_name": provider_name},
                )
                dao_reduce_sms_provider_priority(provider_name, time_threshold=timedelta(minutes=5))


def _check_slow_text_message_delivery_reports_and_raise_error_if_needed(reports: list[SlowProviderDeliveryReport]):
    total_notifications = sum(report.total_notifications for report in reports)
    slow_notifications = sum(report.slow_notifications for report in reports)
    percent_slow_notifications = (slow_notifications / total_notifications) * 100

    # If over 10% of all text messages sent over the period have taken longer than 5 minutes to deliver, let's flag a
    # sentry error for us to investigate.
    if percent_slow_notifications >= 10:
        count = redis_store.incr(CacheKeys.NUMBER_OF_TIMES_OVER_SLOW_SMS_DELIVERY_THRESHOLD)

        # If this is the tenth consecutive time we've seen the threshold breached, then we log an error to Sentry.
        # This tells us that for at least 10 minutes we've seen delivery take longer than 5 minutes for >10% of
        # texts sent in the last 15 minutes (yes this is convoluted).
        #
        # Every minute, we check all the messages sent in the last 15 minutes. If more than 10% of those took >5
        # minutes to go from sending->delivered, then we consider that a breach for that minute. This could be triggered
        # in a number of different ways, for example:
        #
        # * 10% of messages taking >5 minutes to deliver, for 10 minutes consecutively.
        # * 100% of messages taking >5 minutes to deliver, for 3 minutes consecutively. For the following 7 minutes,
        #   assuming consistent throughput, the average will skew above 10% and continue to breach the threshold. On
        #   the tenth minute, even if all messages are now delivering quickly, we'll still probably log an error.
        #
        # In either case, it's worth investigating.
        #
        # By only checking for == 10, we don't log any further errors until we recover and then starting slowing down
        # again. This should mean that each instance of the error on Sentry actually deserves to be investigated as
        # a separate issue/potential incident.
        if count == 10:
            with sentry_sdk.push_scope() as scope:
                error_context = {
                    "Support runbook": (
                        "https://github.com/alphagov/notifications-manuals/wiki/Support-Runbook#slow-sms-delivery"
                    ),
                    "Slow text messages - #": slow_notifications,
                    "Slow text messages - %": percent_slow_notifications,
                    "Total text messages": total_notifications,
                }

                for report in reports:
                    error_context[f"provider.{report.provider}.slow_ratio"] = report.slow_ratio
                    error_context[f"provider.{report.provider}.slow_notifications"] = report.slow_notifications
                    error_context[f"provider.{report.provider}.total_notifications"] = report.total_notifications

                scope.set_context("Slow SMS delivery", error_context)
                current_app.logger.error(
                    "Over 10% of text messages sent in the last 25 minutes have taken over 5 minutes to deliver."
                )

    else:
        redis_store.set(CacheKeys.NUMBER_OF_TIMES_OVER_SLOW_SMS_DELIVERY_THRESHOLD, 0)


@notify_celery.task(name="generate-sms-delivery-stats")
def generate_sms_delivery_stats():
    for delivery_interval in (1, 5, 10):
        providers_slow_delivery_reports = get_slow_text_message_delivery_reports_by_provider(
            created_within_minutes=15, delivered_within_minutes=delivery_interval
        )

        for report in providers_slow_delivery_reports:
            record_sms_legacy_not_delivered_within(report.slow_ratio, report.provider, delivery_interval * 60, 15 * 60)

        # For the 5-minute delivery interval, let's check the percentage of all text messages sent that were slow.
        # TODO: delete this when we have a way to raise these alerts from eg grafana, prometheus, something else.
        if delivery_interval == 5 and current_app.should_check_slow_text_message_delivery:
            _check_slow_text_message_delivery_reports_and_raise_error_if_needed(providers_slow_delivery_reports)

    for provider in get_provider_details_by_notification_type(SMS_TYPE, False):
        record_priority(provider.priority, provider.identifier)
        record_updated_at(provider.updated_at, provider.identifier)
        record_info(provider.identifier, provider.active, provider.supports_international, provider.notification_type)


@notify_celery.task(name="tend-providers-back-to-middle")
def tend_providers_back_to_middle():
    dao_adjust_provider_priority_back_to_resting_points()


@notify_celery.task(name="check-job-status")
def check_job_status():
    """
    every x minutes do this check
    select
    from jobs
    where job_status == 'in progress'
    and processing started between 30 and 35 minutes ago
    OR where the job_status == 'pending'
    and the job scheduled_for timestamp is between 30 and 35 minutes ago.
    if any results then
        update the job_status to 'error'
        process the rows in the csv that are missing (in another task) just do the check here.
    """
    thirty_minutes_ago = datetime.utcnow() - timedelta(minutes=30)
    thirty_five_minutes_ago = datetime.utcnow() - timedelta(minutes=35)

    incomplete_in_progress_jobs = Job.query.filter(
        Job.job_status == JOB_STATUS_IN_PROGRESS,
        between(Job.processing_started, thirty_five_minutes_ago, thirty_minutes_ago),
    )
    incomplete_pending_jobs = Job.query.filter(
        Job.job_status == JOB_STATUS_PENDING,
        Job.scheduled_for.isnot(None),
        between(Job.scheduled_for, thirty_five_minutes_ago, thirty_minutes_ago),
    )

    jobs_not_complete_after_30_minutes = (
        incomplete_in_progress_jobs.union(incomplete_pending_jobs)
        .order_by(Job.processing_started, Job.scheduled_for)
        .all()
    )

    # temporarily mark them as ERROR so that they don't get picked up by future check_job_status tasks
    # if they haven't been re-processed in time.
    job_ids = []
    for job in jobs_not_complete_after_30_minutes:
        job.job_status = JOB_STATUS_ERROR
        dao_update_job(job)
        job_ids.append(str(job.id))
        current_app.logger.warning("Job %s has not completed", job.id, extra={"job_id": job.id})

    if job_ids:
        process_incomplete_jobs.apply_async([job_ids], queue=QueueNames.JOBS)


@notify_celery.task(name="replay-created-notifications")
def replay_created_notifications() -> None:
    # if the notification has not be sent after 1 hour, then try to resend.
    grace_period = timedelta(hours=1)
    for notification_type in (EMAIL_TYPE, SMS_TYPE):
        notifications_to_resend = notifications_not_yet_sent(
            grace_period, notification_type, session=db.session_bulk, inner_retry_attempts=2
        )

        for n in notifications_to_resend:
            extra = {"notification_id": n.id, "notification_status": n.status}
            current_app.logger.warning(
                "Re-sending notification %(notification_id)s to the delivery queue because the "
                "notification status is %(notification_status)r and it is over an hour old",
                extra,
                extra=extra,
            )
            send_notification_to_queue(notification=n)

    # if the letter has not be sent after an hour, then create a zendesk ticket
    letters = letters_missing_from_sending_bucket(grace_period, session=db.session_bulk, inner_retry_attempts=2)

    for letter in letters:
        current_app.logger.warning(
            "Letter notification %s is over an hour old but does not have an updated_at timestamp or "
            "billable units: (re)creating get-pdf-for-templated-letter task",
            letter.id,
            extra={"notification_id": letter.id},
        )
        get_pdf_for_templated_letter.apply_async(
            [str(letter.id)],
            queue=QueueNames.CREATE_LETTERS_PDF,
            MessageGroupId=str(letter.service_id),
        )


@notify_celery.task(name="check-if-letters-still-pending-virus-check")
def check_if_letters_still_pending_virus_check(max_minutes_ago_to_check: int = 30) -> None:
    # this task runs every ten minutes, so allowing a couple of runs
    # if this task doesn't run for some reason, we may need to manually trigger it with a longer max_minutes_ago value
    letters_missing_from_scan_bucket = _attempt_to_rescan_letters_pending_virus_check(max_minutes_ago_to_check)

    if letters_missing_from_scan_bucket:
        if current_app.should_send_zendesk_alerts:  # type: ignore[attr-defined]
            ticket = NotifySupportTicket(
                subject=f"[{current_app.config['NOTIFY_ENVIRONMENT']}] Letters still pending virus check",
                message=_message_about_letters_pending_virus_check(
                    letters_to_alert_on_but_not_retry=[],
                    letters_missing_from_scan_bucket=letters_missing_from_scan_bucket,
                ),
                ticket_type=NotifySupportTicket.TYPE_TASK,
                notify_ticket_type=NotifyTicketType.TECHNICAL,
                notify_task_type="notify_task_letters_pending_scan",
            )
            zendesk_client.send_ticket_to_zendesk(ticket)  # type: ignore[attr-defined]


@notify_celery.task(name="check-if-letters-still-pending-virus-check-nightly")
def check_if_letters_still_pending_virus_check_nightly(
    max_minutes_ago_to_check_only: int = 7200,
    max_minutes_ago_to_check_and_rescan: int = 4320,
) -> None:
    """
    This looks for letters pending-virus-check between two time periods.
    For the older time period, we don't attempt to rescan any letters found, we create a Zendesk ticket about them.

    For the more recent time period, we do the same as the `check-if-letters-still-pending-virus-check` task -
    attempt to reprocess the letters, but create a Zendesk ticket if the letters couldn't be found.

    This task aims to catch any letters that are still pending-virus-check and have slipped through the net
    """
    if max_minutes_ago_to_check_only <= max_minutes_ago_to_check_and_rescan:
        raise ValueError("max_minutes_ago_to_check_only must be greater than max_minutes_ago_to_check_and_rescan")

    # Check for letters over 3 days old that we won't attempt to rescan or find
    letters_to_alert_on_but_not_retry = []
    for letter in dao_precompiled_letters_still_pending_virus_check(
        max_minutes_ago_to_check=max_minutes_ago_to_check_only,
        min_minutes_ago_to_check=max_minutes_ago_to_check_and_rescan,
    ):
        letters_to_alert_on_but_not_retry.append(letter)
        current_app.logger.warning(
            "Letter notification %s is stuck in pending-virus-check and has reached the maximum number of retries.",
            letter.id,
            extra={"notification_id": letter.id},
        )

    # Attempt to reprocess letters less than 3 days old that are still pending-virus-check
    letters_missing_from_scan_bucket = _attempt_to_rescan_letters_pending_virus_check(
        max_minutes_ago_to_check=max_minutes_ago_to_check_and_rescan
    )

    # Create a Zendesk ticket about letters pending-virus-check if necessary
    has_letters_to_alert_on = letters_to_alert_on_but_not_retry or letters_missing_from_scan_bucket
    if not has_letters_to_alert_on or not current_app.should_send_zendesk_alerts:  # type: ignore[attr-defined]
        return

    zendesk_ticket_message = _message_about_letters_pending_virus_check(
        letters_to_alert_on_but_not_retry=letters_to_alert_on_but_not_retry,
        letters_missing_from_scan_bucket=letters_missing_from_scan_bucket,
    )

    ticket = NotifySupportTicket(
        subject=f"[{current_app.config['NOTIFY_ENVIRONMENT']}] Letters still pending virus check",
        message=zendesk_ticket_message,
        ticket_type=NotifySupportTicket.TYPE_TASK,
        notify_ticket_type=NotifyTicketType.TECHNICAL,
        notify_task_type="notify_task_letters_pending_scan",
    )
    zendesk_client.send_ticket_to_zendesk(ticket)  # type: ignore[attr-defined]


def _attempt_to_rescan_letters_pending_virus_check(max_minutes_ago_to_check):
    letters_not_in_scan_bucket = []
    for letter in dao_precompiled_letters_still_pending_virus_check(max_minutes_ago_to_check):
        # find letter in the scan bucket
        filename = generate_letter_pdf_filename(
            letter.reference, letter.created_at, ignore_folder=True, postage=letter.postage
        )

        if s3.file_exists(current_app.config["S3_BUCKET_LETTERS_SCAN"], filename):
            current_app.logger.warning(
                "Letter notification %s got stuck in pending-virus-check. Sending off for scan again.",
                letter.id,
                extra={"notification_id": letter.id},
            )
            notify_celery.send_task(
                name=TaskNames.SCAN_FILE,
                kwargs={"filename": filename},
                queue=QueueNames.ANTIVIRUS,
                MessageGroupId=str(letter.service_id),
            )
        else:
            current_app.logger.warning(
                "Letter notification %s is stuck in pending-virus-check and we can't find it in the scan bucket",
                letter.id,
                extra={"notification_id": letter.id},
            )
            letters_not_in_scan_bucket.append(letter)

    return letters_not_in_scan_bucket


def _message_about_letters_pending_virus_check(
    letters_to_alert_on_but_not_retry: list[Notification],
    letters_missing_from_scan_bucket: list[Notification],
) -> str:
    msg = ""

    if letters_to_alert_on_but_not_retry:
        letter_ids = [(str(letter.id), letter.reference) for letter in letters_to_alert_on_but_not_retry]

        msg += f"""
                {len(letters_to_alert_on_but_not_retry)} precompiled letters have been pending-virus-check for
                over 3 days and have reached the maximum number of retries for letters in this state. We will need
                to decide whether to manually retry the letters again, or to change their status to permanent-failure

                Notifications: {sorted(letter_ids)}\n\n\n
            """

    if letters_missing_from_scan_bucket:
        letter_ids = [(str(letter.id), letter.reference) for letter in letters_missing_from_scan_bucket]

        msg += f"""
            {len(letters_missing_from_scan_bucket)} precompiled letters have been pending-virus-check for over
            10 minutes. We couldn't find them in the scan bucket. We'll need to find out if the files were slow to
            process and are now in the expected state. If not we'll need to find out where the files are and kick
            them off again or move them to technical failure.

            Notifications: {sorted(letter_ids)}
        """

    return msg


@notify_celery.task(name="check-if-letters-still-in-created")
def check_if_letters_still_in_created():
    letters = dao_old_letters_with_created_status()

    if len(letters) > 0:
        msg = (
            f"{len(letters)} letters were created before 17.30 yesterday and still have 'created' status. "
            "Follow runbook to resolve: "
            "https://github.com/alphagov/notifications-manuals/wiki/Support-Runbook"
            "#deal-with-letters-still-in-created."
        )

        if current_app.should_send_zendesk_alerts:
            ticket = NotifySupportTicket(
                subject=f"[{current_app.config['NOTIFY_ENVIRONMENT']}] Letters still in 'created' status",
                message=msg,
                ticket_type=NotifySupportTicket.TYPE_TASK,
                notify_ticket_type=NotifyTicketType.TECHNICAL,
                notify_task_type="notify_task_letters_created_status",
            )
            zendesk_client.send_ticket_to_zendesk(ticket)

            extra = {"notification_count": len(letters)}
            current_app.logger.error(
                "%(notification_count)s letter notifications created before 17:30 yesterday "
                "still have 'created' status",
                extra,
                extra=extra,
            )


@notify_celery.task(name="check-if-letters-in-technical-failure")
def check_if_letters_in_technical_failure():
    technical_failed_letters = dao_letters_in_technical_failure(session=db.session_bulk, retry_attempts=2)

    if len(technical_failed_letters) > 0:
        msg = (
            f"{len(technical_failed_letters)} letters have 'technical-failure' status. "
            "Follow runbook to resolve: "
            "https://github.com/alphagov/notifications-manuals/wiki/Support-Runbook"
            "#fixing-letters-in-technical-failure."
        )

        if current_app.should_send_zendesk_alerts:
            ticket = NotifySupportTicket(
                subject=f"[{current_app.config['NOTIFY_ENVIRONMENT']}] Letters in 'technical-failure' status",
                message=msg,
                ticket_type=NotifySupportTicket.TYPE_TASK,
                notify_ticket_type=NotifyTicketType.TECHNICAL,
                notify_task_type="notify_task_letters_technical_failure_status",
            )
            zendesk_client.send_ticket_to_zendesk(ticket)

            extra = {"notification_count": len(technical_failed_letters)}
            current_app.logger.error(
                "%(notification_count)s letter notifications have 'technical-failure' status",
                extra,
                extra=extra,
            )


@notify_celery.task(name="check-for-missing-rows-in-completed-jobs")
def check_for_missing_rows_in_completed_jobs():
    jobs_missing, jobs_nomissing = find_jobs_with_missing_rows()

    for job in jobs_nomissing:
        job.job_status = JOB_STATUS_FINISHED_ALL_NOTIFICATIONS_CREATED
        dao_update_job(job)

    for job in jobs_missing:
        recipient_csv, template, sender_id = get_recipient_csv_and_template_and_sender_id(job)
        missing_rows = find_missing_row_for_job(job.id, job.notification_count)
        for row_to_process in missing_rows:
            row = recipient_csv[row_to_process.missing_row]
            _, task_args_kwargs = get_id_task_args_kwargs_for_job_row(
                row, template, job, job.service, sender_id=sender_id
            )
            has_files = bool(dao_get_template_email_files_by_template_id(job.template_id))
            extra = {"job_row_number": row_to_process.missing_row, "job_id": job.id}
            current_app.logger.info("Processing missing row %(job_row_number)s for job %(job_id)s", extra, extra=extra)
            process_job_row(
                template.template_type,
                task_args_kwargs,
                has_files=has_files,
                message_group_id=str(job.service_id),
            )


@notify_celery.task(name="update-status-of-fully-processed-jobs")
def update_status_of_fully_processed_jobs():
    fully_processed_jobs = find_jobs_that_completed_processing()

    for job in fully_processed_jobs:
        job.job_status = JOB_STATUS_FINISHED_ALL_NOTIFICATIONS_CREATED
        dao_update_job(job)


@notify_celery.task(name="check-for-services-with-high-failure-rates-or-sending-to-tv-numbers")
def check_for_services_with_high_failure_rates_or_sending_to_tv_numbers():
    start_date = datetime.utcnow() - timedelta(days=1)
    end_date = datetime.utcnow()
    message = ""

    services_with_failures = dao_find_services_with_high_failure_rates(
        start_date=start_date,
        end_date=end_date,
        session=db.session_bulk,
        retry_attempts=2,
    )
    services_sending_to_tv_numbers = dao_find_services_sending_to_tv_numbers(
        start_date=start_date,
        end_date=end_date,
        session=db.session_bulk,
        retry_attempts=2,
    )

    if services_with_failures:
        message += (
            f"{len(services_with_failures)} service(s) have had high permanent-failure rates "
            f"for sms messages in last 24 hours:\n"
        )
        for service in services_with_failures:
            service_dashboard = f"{current_app.config['ADMIN_BASE_URL']}/services/{service.service_id}"
            message += f"service: {service_dashboard} failure rate: {service.permanent_failure_rate},\n"

            current_app.logger.warning(
                "Service %s has had a high permanent-failure rate (%.4g) for text messages in the last 24 hours",
                service.service_id,
                service.permanent_failure_rate,
                extra={"service_id": service.service_id, "permanent_failure_rate": service.permanent_failure_rate},
            )

    if services_sending_to_tv_numbers:
        message += (
            f"{len(services_sending_to_tv_numbers)} service(s) have sent over 500 sms messages to "
            f"tv numbers in last 24 hours:\n"
        )
        for service in services_sending_to_tv_numbers:
            service_dashboard = f"{current_app.config['ADMIN_BASE_URL']}/services/{service.service_id}"
            message += f"service: {service_dashboard} count of sms to tv numbers: {service.notification_count},\n"

            current_app.logger.warning(
                "Service %s has sent %s text messages to tv numbers in the last 24 hours",
                service.service_id,
                service.notification_count,
                extra={
                    "service_id": service.service_id,
                    "notification_count": service.notification_count,
                },
            )

    if services_with_failures or services_sending_to_tv_numbers:
        if current_app.should_send_zendesk_alerts:
            message += (
                "\nYou can find instructions for this ticket in our manual:\n"
                "https://github.com/alphagov/notifications-manuals/wiki/Support-Runbook#deal-with-services-with-high-failure-rates-or-sending-sms-to-tv-numbers"
            )
            ticket = NotifySupportTicket(
                subject=f"[{current_app.config['NOTIFY_ENVIRONMENT']}] High failure rates for sms spotted for services",
                message=message,
                ticket_type=NotifySupportTicket.TYPE_TASK,
                notify_ticket_type=NotifyTicketType.TECHNICAL,
                notify_task_type="notify_task_high_failure",
            )
            zendesk_client.send_ticket_to_zendesk(ticket)


@notify_celery.task(name="delete-old-records-from-events-table")
@cronitor("delete-old-records-from-events-table")
def delete_old_records_from_events_table():
    delete_events_before = datetime.utcnow() - timedelta(weeks=52)
    event_query = Event.query.filter(Event.created_at < delete_events_before)

    deleted_count = event_query.delete()

    extra = {
        "deleted_record_count": deleted_count,
        "delete_events_before": delete_events_before,
    }
    current_app.logger.info(
        "Deleting %(deleted_record_count)s historical events from before %(delete_events_before)s.", extra, extra=extra
    )

    db.session.commit()


@notify_celery.task(name="zendesk-new-email-branding-report")
def zendesk_new_email_branding_report():
    # make sure we convert to BST as in summer this'll run at 23:30 UTC
    previous_weekday = convert_utc_to_bst(datetime.utcnow()).date() - timedelta(days=1)

    # If yesterday is a Saturday or Sunday, adjust back to the Friday
    if previous_weekday.isoweekday() in {6, 7}:
        previous_weekday -= timedelta(days=(previous_weekday.isoweekday() - 5))

    previous_weekday_midnight = get_london_midnight_in_utc(previous_weekday)

    new_email_brands = (
        EmailBranding.query.join(Organisation, isouter=True)
        .join(User, User.id == EmailBranding.created_by, isouter=True)
        .filter(
            EmailBranding.created_at >= previous_weekday_midnight,
            User.platform_admin.is_(False),
        )
        .order_by(EmailBranding.created_at)
        .all()
    )

    extra = {
        "email_brand_count": len(new_email_brands),
        "review_since": previous_weekday,
    }
    current_app.logger.info(
        "%(email_brand_count)s new email brands to review since %(review_since)s.", extra, extra=extra
    )

    if not new_email_brands:
        return

    brands_by_organisation = defaultdict(list)
    brands_with_no_organisation = []
    for new_brand in new_email_brands:
        if not new_brand.organisations:
            brands_with_no_organisation.append(new_brand)

        else:
            for organisation in new_brand.organisations:
                brands_by_organisation[organisation].append(new_brand)

    with open("templates/tasks/scheduled_tasks/new_email_brandings.html") as template_file:
        template = jinja2.Template(template_file.read())

    message = template.render(
        domain=current_app.config["ADMIN_BASE_URL"],
        yesterday=previous_weekday.strftime("%A %-d %B %Y"),
        brands_by_organisation=brands_by_organisation,
        brands_with_no_organisation=brands_with_no_organisation,
    )

    if current_app.should_send_zendesk_alerts:
        ticket = NotifySupportTicket(
            subject="Review new email brandings",
            message=message,
            ticket_type=NotifySupportTicket.TYPE_TASK,
            notify_ticket_type=NotifyTicketType.NON_TECHNICAL,
            notify_task_type="notify_task_branding_review",
            message_as_html=True,
        )
        zendesk_client.send_ticket_to_zendesk(ticket)


@notify_celery.task(bind=True, name="check-for-low-available-inbound-sms-numbers")
@cronitor("check-for-low-available-inbound-sms-numbers")
def check_for_low_available_inbound_sms_numbers(self):
    if not current_app.should_send_zendesk_alerts:
        current_app.logger.info(
            "Not running %s - configured not to send zendesk alerts",
            self.name,
            extra={"celery_task": self.name},
        )
        return

    num_available_inbound_numbers = len(dao_get_available_inbound_numbers())
    current_app.logger.info(
        "There are %s available inbound SMS numbers.",
        num_available_inbound_numbers,
        extra={"inbound_number_count": num_available_inbound_numbers},
    )
    if num_available_inbound_numbers > current_app.config["LOW_INBOUND_SMS_NUMBER_THRESHOLD"]:
        return

    message = (
        f"There are only {num_available_inbound_numbers} inbound SMS numbers currently available for services.\n\n"
        "Request more from our provider (MMG) and load them into the database.\n\n"
        "Follow the guidance here: "
        "https://github.com/alphagov/notifications-manuals/wiki/Support-Runbook#add-new-inbound-sms-numbers"
    )

    ticket = NotifySupportTicket(
        subject="Request more inbound SMS numbers",
        message=message,
        ticket_type=NotifySupportTicket.TYPE_TASK,
        notify_ticket_type=NotifyTicketType.TECHNICAL,
        notify_task_type="notify_task_request_inbound_SMS",
    )
    zendesk_client.send_ticket_to_zendesk(ticket)


@notify_celery.task(bind=True, name="weekly-dwp-report")
def weekly_dwp_report(self):
    report_config = current_app.config["ZENDESK_REPORTING"].get("weekly-dwp-report")

    if not current_app.should_send_zendesk_alerts:
        current_app.logger.info(
            "Not running %s - configured not to send zendesk alerts",
            self.name,
            extra={"celery_task": self.name},
        )
        return

    if (
        not report_config
        or not isinstance(report_config, dict)
        or not report_config.get("query")
        or not report_config.get("ticket_id")
    ):
        current_app.logger.warning("Skipping DWP report run - invalid configuration.")
        return

    attachments = []
    for csv_name, query in report_config["query"].items():
        result = db.session.execute(text(query))
        headers = result.keys()
        rows = result.fetchall()

        csv_data = io.StringIO()
        csv_writer = csv.DictWriter(csv_data, fieldnames=headers, dialect="excel")
        csv_writer.writeheader()

        for row in rows:
            csv_writer.writerow(row._asdict())

        csv_data.seek(0)

        attachments.append(NotifySupportTicketAttachment(filename=csv_name, filedata=csv_data, content_type="text/csv"))

    zendesk_client.update_ticket(
        report_config["ticket_id"],
        status=NotifySupportTicketStatus.PENDING,
        comment=NotifySupportTicketComment(
            body="Please find attached your weekly report.",
            attachments=attachments,
        ),
        due_at=convert_utc_to_bst(datetime.utcnow() + timedelta(days=7, hours=3, minutes=10)),
    )


@notify_celery.task(bind=True, name="weekly-user-research-email")
def weekly_user_research_email(self):
    """
    Runs every Wednesday and finds all active users who were created the week starting on Monday 16 days ago.
    These users get emailed inviting them to give feedback on how they have found getting started with Notify.
    """
    if not current_app.should_send_weekly_user_research_email:
        current_app.logger.info(
            "Not running %s - configured not to send weekly user research email",
            self.name,
            extra={"celery_task": self.name},
        )
        return

    start_date = date.today() - timedelta(days=16)
    end_date = date.today() - timedelta(days=9)

    template = dao_get_template_by_id(current_app.config["USER_RESEARCH_EMAIL_FOR_NEW_USERS_TEMPLATE_ID"])
    notify_service = dao_fetch_service_by_id(current_app.config["NOTIFY_SERVICE_ID"])

    users = get_users_for_research(start_date=start_date, end_date=end_date)

    extra = {
        "user_count": len(users),
    }
    current_app.logger.info("Sending weekly user research email to %(user_count)s users", extra, extra=extra)

    for user in users:
        saved_notification = persist_notification(
            template_id=template.id,
            template_version=template.version,
            recipient=user.email_address,
            service=notify_service,
            personalisation={"name": user.name},
            notification_type=template.template_type,
            api_key_id=None,
            key_type=KEY_TYPE_NORMAL,
            reply_to_text=notify_service.get_default_reply_to_email_address(),
        )
        send_notification_to_queue(saved_notification, queue=QueueNames.NOTIFY)


@notify_celery.task(bind=True, name="change-dvla-password", max_retries=3, default_retry_delay=60)
def change_dvla_password(self):
    try:
        dvla_client.change_password()
    except LockError:
        # some other task is currently changing the password. let that process handle it and quietly exit
        current_app.logger.info("change-dvla-password lock held by other process, doing nothing")
    except DvlaRetryableException:
        current_app.logger.info("change-dvla-password DvlaRetryableException - retrying")
        self.retry()


@notify_celery.task(bind=True, name="change-dvla-api-key", max_retries=3, default_retry_delay=60)
def change_dvla_api_key(self):
    try:
        dvla_client.change_api_key()
    except LockError:
        # some other task is currently changing the api key. let that process handle it and quietly exit
        current_app.logger.info("change-dvla-api-key lock held by other process, doing nothing")
    except DvlaRetryableException:
        current_app.logger.info("change-dvla-api-key DvlaRetryableException - retrying")
        self.retry()


def populate_annual_billing(year, missing_services_only):
    """
    Add or update annual billing with free allowance defaults for all active services.
    The default free allowances are stored in the DB in a table called `default_annual_allowance`.

    If missing_services_only is true then only add rows for services that do not have annual billing for that year yet.
    This is useful to prevent overriding any services that have a free allowance that is not the default.

    If missing_services_only is false then add or update annual billing for all active services.
    This is useful to ensure all services start the new year with the correct annual billing.
    """
    if missing_services_only:
        active_services = (
            Service.query.filter(Service.active)
            .outerjoin(
                AnnualBilling, and_(Service.id == AnnualBilling.service_id, AnnualBilling.financial_year_start == year)
            )
            .filter(AnnualBilling.id == None)  # noqa
            .all()
        )
    else:
        active_services = Service.query.filter(Service.active).all()

    for service in active_services:
        set_default_free_allowance_for_service(service, year)

    # this table's write volume isn't enough to reliably trigger the autovacuum auto-analyze and
    # poor statistics on this table can cause very bad query plans
    db.session.execute(text(f"ANALYZE {quoted_name(AnnualBilling.__table__.name, True)}"))


@notify_celery.task(name="run-populate-annual-billing")
@cronitor("run-populate-annual-billing")
def run_populate_annual_billing():
    year = get_current_financial_year_start_year()
    populate_annual_billing(year=year, missing_services_only=True)
