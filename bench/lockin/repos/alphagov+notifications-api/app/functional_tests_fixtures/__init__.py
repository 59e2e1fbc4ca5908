import os
from datetime import datetime
from uuid import uuid4

import boto3
from flask import current_app
from itsdangerous.exc import BadSignature
from sqlalchemy.exc import NoResultFound

from app import db, reset_memos
from app.constants import (
    EDIT_FOLDER_PERMISSIONS,
    EMAIL_AUTH,
    INBOUND_SMS_TYPE,
    SECOND_CLASS,
    SEND_EMAILS,
    SEND_LETTERS,
    SEND_TEXTS,
    VIEW_ACTIVITY,
)
from app.dao.annual_billing_dao import (
    set_default_free_allowance_for_service,
)
from app.dao.api_key_dao import (
    get_model_api_keys,
    save_model_api_key,
)
from app.dao.inbound_numbers_dao import (
    dao_get_inbound_number_for_service,
    dao_set_inbound_number_to_service,
)
from app.dao.inbound_sms_dao import dao_create_inbound_sms, dao_get_inbound_sms_for_service
from app.dao.organisation_dao import (
    dao_create_organisation,
    dao_get_organisation_by_id,
    dao_get_organisations_by_partial_name,
)
from app.dao.permissions_dao import permission_dao
from app.dao.service_callback_api_dao import get_service_callback_api_by_callback_type, save_service_callback_api
from app.dao.service_email_reply_to_dao import (
    add_reply_to_email_address_for_service,
    dao_get_reply_to_by_service_id,
)
from app.dao.service_letter_contact_dao import add_letter_contact_for_service, dao_get_letter_contacts_by_service_id
from app.dao.service_permissions_dao import (
    dao_add_service_permission,
    dao_fetch_service_permissions,
)
from app.dao.service_sms_sender_dao import (
    dao_add_sms_sender_for_service,
    dao_get_sms_senders_by_service_id,
)
from app.dao.services_dao import (
    dao_add_user_to_service,
    dao_create_service,
    dao_fetch_service_by_id,
    get_services_by_partial_name,
)
from app.dao.templates_dao import (
    dao_create_template,
    dao_get_all_templates_for_service,
    dao_get_template_versions,
    dao_update_template,
)
from app.dao.users_dao import get_user_by_email, save_model_user
from app.models import (
    Domain,
    InboundNumber,
    InboundSms,
    Organisation,
    Permission,
    ProtectedSenderId,
    Service,
    ServiceCallbackApi,
    ServiceEmailReplyTo,
    ServiceSmsSender,
    User,
)
from app.schemas import api_key_schema, template_schema
from app.serialised_models import (
    SerialisedAPIKeyCollection,
    SerialisedProviders,
    SerialisedService,
    SerialisedTemplate,
)


def _upload_env_to_ssm(ssm_upload_path, env_config, description):
    ssm = boto3.client("ssm")
    payload_size = len(env_config)
    current_app.logger.info(
        "--> Uploading %s to SSM (path=%s, size=%s bytes)",
        description,
        ssm_upload_path,
        payload_size,
    )
    try:
        response = ssm.put_parameter(
            Name=ssm_upload_path,
            Value=env_config,
            Type="SecureString",
            Overwrite=True,
        )

        if response["ResponseMetadata"]["HTTPStatusCode"] != 200:
            raise Exception("Failed to upload to SSM")
    except Exception as exc:
        raise Exception(
            f"Failed to upload {description} to SSM path {ssm_upload_path} (payload size={payload_size} bytes): {exc}"
        ) from exc


def _build_sanitised_renamed_name(name):
    # Keep the original fixture name discoverable while making space for a clean canonical row.
    suffix = f" [sanitised-{datetime.utcnow().strftime('%Y%m%d%H%M%S')}]"
    max_name_length = 255
    if len(name) + len(suffix) <= max_name_length:
        return f"{name}{suffix}"
    return f"{name[: max_name_length - len(suffix)]}{suffix}"


def _is_sanitised_org(organisation):
    # These values are written by the sanitise scripts and are a stable signal that this is a copied prod org.
    return (
        organisation.request_to_go_live_notes == "redacted"
        or organisation.notes == "redacted"
        or organisation.agreement_signed_on_behalf_of_name == "redacted"
        or organisation.agreement_signed_on_behalf_of_email_address == "redacted@redacted.com"
    )


def _is_sanitised_service(service):
    # These fields are rewritten during sanitisation; if they are present on canonical fixture names we rotate them.
    return (
        service.contact_link == "redacted.gov.uk"
        or service.notes == "redacted"
        or service.billing_contact_names == "redacted"
        or service.billing_contact_email_addresses == "redacted@redacted.com"
        or service.email_sender_local_part.endswith(".redacted")
    )


def _rename_sanitised_fixture_org(org_name):
    organisations = dao_get_organisations_by_partial_name(org_name)

    candidate = None
    for organisation in organisations:
        if organisation.name == org_name:
            candidate = organisation
            break

    if candidate is None or not _is_sanitised_org(candidate):
        return

    # We rename rather than mutate in place so fixtures can recreate a known-good canonical org deterministically.
    old_name = candidate.name
    candidate.name = _build_sanitised_renamed_name(candidate.name)
    db.session.add(candidate)
    db.session.commit()
    current_app.logger.info("Renamed sanitised fixture organisation '%s' to '%s'", old_name, candidate.name)


def _rename_sanitised_fixture_service(service_name):
    services = get_services_by_partial_name(service_name)

    candidate = None
    for service in services:
        if service.name == service_name:
            candidate = service
            break

    if candidate is None or not _is_sanitised_service(candidate):
        return

    # Unique constraints on inbound numbers/senders can block fixture creation, so detach these before rotating name.
    if candidate.inbound_number is not None:
        candidate.inbound_number.service_id = None
        db.session.add(candidate.inbound_number)

    for sms_sender in candidate.service_sms_senders:
        if sms_sender.inbound_number_id is not None:
            sms_sender.inbound_number_id = None
            sms_sender.archived = True
            db.session.add(sms_sender)

    old_name = candidate.name
    candidate.name = _build_sanitised_renamed_name(candidate.name)
    db.session.add(candidate)
    db.session.commit()
    current_app.logger.info("Renamed sanitised fixture service '%s' to '%s'", old_name, candidate.name)


def _clear_sanitised_fixture_caches():
    # Sanitisation rotates canonical fixture entities; clear short-lived memoised lookups so they repopulate cleanly.
    reset_memos()
    SerialisedTemplate.from_id_and_service_id.cache_clear()
    SerialisedTemplate.from_id_service_id_and_version.cache_clear()
    SerialisedService.from_id.cache_clear()
    SerialisedAPIKeyCollection.from_service_id.cache_clear()
    SerialisedProviders.from_notification_type.cache_clear()


"""
This function creates a set of database fixtures that functional tests use to run against.

It is intended for use in non-production environments only.

The function will create all the database rows required for the functional tests and output
an environment file that the functional tests can use to execute against the environment.

The environment file can be outputted to a file or uploaded to AWS SSM. The file is intended
for local testing, and SSM is for the pipeline.
"""


def apply_fixtures():
    functional_test_password = str(uuid4())
    request_bin_api_token = os.getenv("REQUEST_BIN_API_TOKEN")
    environment = current_app.config["NOTIFY_ENVIRONMENT"]
    test_email_username = os.getenv("TEST_EMAIL_USERNAME", "notify-tests-preview")
    email_domain = "digital.cabinet-office.gov.uk"
    function_tests_govuk_key_name = "govuk_notify"
    function_tests_live_key_name = "functional_tests_service_live_key"
    function_tests_test_key_name = "functional_tests_service_test_key"
    performance_tests_live_key_name = "performance_tests_service_live_key"
    performance_tests_test_key_name = "performance_tests_service_test_key"
    govuk_service_id = current_app.config["NOTIFY_SERVICE_ID"]

    org_name = os.getenv("FUNCTIONAL_TEST_ORGANISATION_NAME", "Functional Tests Org")
    incoming_number = os.getenv("FUNCTIONAL_TEST_INBOUND_NUMBER", "07700900500")

    functional_env_var_dict, performance_env_var_dict = _create_db_objects(
        functional_test_password,
        request_bin_api_token,
        environment,
        test_email_username,
        email_domain,
        function_tests_govuk_key_name,
        function_tests_live_key_name,
        function_tests_test_key_name,
        govuk_service_id,
        org_name,
        incoming_number,
        performance_tests_live_key_name,
        performance_tests_test_key_name,
        performance_test_rate_limit=12000000,
        performance_test_sms_limit=5000000000,
        performance_test_email_limit=5000000000,
        performance_test_letter_limit=5000000000,
    )

    functional_test_config = "\n".join(f"export {k}='{v}'" for k, v in functional_env_var_dict.items())
    performance_test_config = "\n".join(f"export {k}='{v}'" for k, v in performance_env_var_dict.items())

    ssm_upload_path = os.getenv("SSM_UPLOAD_PATH")
    if ssm_upload_path:
        _upload_env_to_ssm(ssm_upload_path, functional_test_config, "functional test environment")

    performance_ssm_upload_path = os.getenv("PERFORMANCE_SSM_UPLOAD_PATH")
    if performance_ssm_upload_path:
        _upload_env_to_ssm(performance_ssm_upload_path, performance_test_config, "performance test environment")

    current_app.logger.info("--> Functional test fixtures completed successfully")


def _create_db_objects(
    functional_test_password,
    request_bin_api_token,
    environment,
    test_email_username,
    email_domain,
    function_tests_govuk_key_name,
    function_tests_live_key_name,
    function_tests_test_key_name,
    govuk_service_id,
    org_name,
    incoming_number,
    performance_tests_live_key_name="performance_tests_service_live_key",
    performance_tests_test_key_name="performance_tests_service_test_key",
    performance_test_rate_limit=12000000,
    performance_test_sms_limit=5000000000,
    performance_test_email_limit=5000000000,
    performance_test_letter_limit=5000000000,
) -> tuple[dict[str, str], dict[str, str]]:
    current_app.logger.info("Creating functional test fixtures for %s:", environment)

    functional_service_name = "Functional Tests"
    performance_service_name = "Performance Tests"

    # First clear out sanitised copies that may be occupying canonical fixture names.
    _rename_sanitised_fixture_org(org_name)
    _rename_sanitised_fixture_service(functional_service_name)
    _rename_sanitised_fixture_service(performance_service_name)
    _clear_sanitised_fixture_caches()

    current_app.logger.info("--> Ensure organisation exists")
    org = _create_organiation(email_domain, org_name)

    current_app.logger.info("--> Ensure users exists")
    func_test_user = _create_user(
        name="Functional Tests",
        email_address=f"{test_email_username}+{environment}@{email_domain}",
        password=functional_test_password,
        mobile_number="07700900001",
    )
    email_auth_user = _create_user(
        name="Functional Tests Email Auth",
        email_address=f"{test_email_username}+{environment}-email-auth@{email_domain}",
        password=functional_test_password,
        auth_type="email_auth",
    )
    service_admin_user = _create_user(
        name="Preview admin tests user",
        email_address=f"{test_email_username}+{environment}-admin-tests@{email_domain}",
        password=functional_test_password,
        organisations=[dao_get_organisation_by_id(org.id)],
        mobile_number="07700900501",
    )

    current_app.logger.info("--> Ensure service exists")
    service = _create_service(org.id, service_admin_user, service_name=functional_service_name)
    performance_service = _create_service(
        org.id,
        service_admin_user,
        service_name=performance_service_name,
        rate_limit=performance_test_rate_limit,
        sms_message_limit=performance_test_sms_limit,
        letter_message_limit=performance_test_letter_limit,
        email_message_limit=performance_test_email_limit,
    )

    # Repair invalid key payloads early so later auth/serialization paths do not fail with BadSignature.
    _repair_invalid_service_api_keys(service.id)
    _repair_invalid_service_api_keys(performance_service.id)
    _repair_invalid_service_api_keys(govuk_service_id)

    current_app.logger.info("--> Ensure users are added to service")
    dao_add_user_to_service(service, service_admin_user)
    dao_add_user_to_service(service, email_auth_user)
    dao_add_user_to_service(performance_service, service_admin_user)
    dao_add_user_to_service(performance_service, email_auth_user)

    _grant_permissions(service, email_auth_user)

    current_app.logger.info("--> Ensure api keys exists")
    api_key_notify = _create_api_key(function_tests_govuk_key_name, govuk_service_id, service_admin_user.id, "normal")
    api_key_live_key = _create_api_key(function_tests_live_key_name, service.id, service_admin_user.id, "normal")
    api_key_test_key = _create_api_key(function_tests_test_key_name, service.id, service_admin_user.id, "test")
    performance_api_key_live_key = _create_api_key(
        performance_tests_live_key_name,
        performance_service.id,
        service_admin_user.id,
        "normal",
    )
    _create_api_key(
        performance_tests_test_key_name,
        performance_service.id,
        service_admin_user.id,
        "test",
    )

    current_app.logger.info("--> Ensure inbound number exists")
    inbound_number_id = _create_inbound_numbers(service.id, service_admin_user.id, incoming_number)

    current_app.logger.info("--> Ensure service letter contact exists")
    letter_contact = _create_service_letter_contact(
        service.id,
        (
            "Government Digital Service\n"
            "The White Chapel Building\n"
            "10 Whitechapel High Street\n"
            "London\n"
            "E1 8QS\n"
            "United Kingdom"
        ),
        True,
    )
    performance_letter_contact = _create_service_letter_contact(
        performance_service.id,
        (
            "Government Digital Service\n"
            "The White Chapel Building\n"
            "10 Whitechapel High Street\n"
            "London\n"
            "E1 8QS\n"
            "United Kingdom"
        ),
        True,
    )

    email_template = _create_email_template(
        service=service,
        user_id=service_admin_user.id,
        name="Functional Tests - CSV Email Template with Build ID",
        subject="Functional Tests - CSV Email",
        content="The quick brown fox jumped over the lazy dog. Build id: ((build_id)).",
    )
    sms_template = _create_sms_template(
        service=service,
        user_id=service_admin_user.id,
        name="Functional Tests - CSV SMS Template with Build ID",
        content="The quick brown fox jumped over the lazy dog. Build id: ((build_id)).",
    )
    letter_template = _create_letter_template(
        service=service,
        user_id=service_admin_user.id,
        name="Functional Tests - CSV Letter Template with Build ID and Letter Contact",
        subject="Functional Tests - CSV Letter",
        content="The quick brown fox jumped over the lazy dog. Build id: ((build_id)).",
        letter_contact_id=letter_contact.id,
    )

    email_no_placeholder_template = _create_email_template(
        service=service,
        user_id=service_admin_user.id,
        name="Functional Tests - Email Template without placeholders",
        subject="Functional Tests - No Placeholder Email",
        content="The quick brown fox jumped over the lazy dog.",
    )
    sms_no_placeholder_template = _create_sms_template(
        service=service,
        user_id=service_admin_user.id,
        name="Functional Tests - SMS template without placeholders",
        content="The quick brown fox jumped over the lazy dog.",
    )

    performance_email_template = _create_email_template(
        service=performance_service,
        user_id=service_admin_user.id,
        name="Performance Tests - Email Template",
        subject="Performance Tests - Email",
        content="Performance test email for ((name)).",
    )
    performance_email_with_file_template = _create_email_template(
        service=performance_service,
        user_id=service_admin_user.id,
        name="Performance Tests - Email With File Template",
        subject="Performance Tests - Email With File",
        content="Performance test file for ((name)): ((link_to_file))",
    )
    performance_sms_template = _create_sms_template(
        service=performance_service,
        user_id=service_admin_user.id,
        name="Performance Tests - SMS Template",
        content="Performance test sms for ((name)).",
    )
    performance_letter_template = _create_letter_template(
        service=performance_service,
        user_id=service_admin_user.id,
        name="Performance Tests - Letter Template",
        subject="Performance Tests - Letter",
        content="Performance test letter for ((name)).",
        letter_contact_id=performance_letter_contact.id,
    )

    api_client_integration_test_email_template = _create_email_template(
        service=service,
        user_id=service_admin_user.id,
        name="Client Functional test email template",
        subject="Functional Tests are good",
        content="Functional test help make our world a better place",
    )
    api_client_integration_test_sms_template = _create_sms_template(
        service=service,
        user_id=service_admin_user.id,
        name="Example text message template",
        alt_names={"Client Functional test sms template"},
        content="Hey ((name)), I’m trying out Notify. Today is ((day of week)) and my favourite colour is ((colour)).",
    )
    api_client_integration_test_letter_template = _create_letter_template(
        service=service,
        user_id=service_admin_user.id,
        name="Untitled",
        alt_names={"Client functional letter template"},
        subject="Main heading",
        content="Body",
    )

    if len(dao_get_template_versions(service.id, api_client_integration_test_email_template.id)) < 2:
        _update_template(
            api_client_integration_test_email_template,
            content="Hello ((name))\r\n\r\nFunctional test help make our world a better place",
        )

    if len(dao_get_template_versions(service.id, api_client_integration_test_sms_template.id)) < 2:
        _update_template(
            api_client_integration_test_sms_template,
            name="Client Functional test sms template",
            content="Hello ((name))\r\n\r\nFunctional Tests make our world a better place",
        )

    if len(dao_get_template_versions(service.id, api_client_integration_test_letter_template.id)) < 2:
        _update_template(
            api_client_integration_test_letter_template,
            name="Client functional letter template",
            content="Hello ((address_line_1))",
            letter_contact_id=letter_contact.id,
        )

    current_app.logger.info("--> Ensure service email reply to exists")
    _create_service_email_reply_to(
        service.id, f"{test_email_username}+{environment}-reply-to-default@{email_domain}", True
    )
    email_reply_to = _create_service_email_reply_to(
        service.id, f"{test_email_username}+{environment}-reply-to@{email_domain}", False
    )

    current_app.logger.info("--> Ensure service permissions exists")
    _create_service_permissions(service.id)
    _create_service_permissions(performance_service.id)

    current_app.logger.info("--> Ensure service sms senders exists")
    _create_service_sms_senders(service.id, incoming_number, True, inbound_number_id)
    sms_sender = _create_service_sms_senders(service.id, "func tests", False, None)
    _create_service_sms_senders(performance_service.id, incoming_number, True, None)

    current_app.logger.info("--> Ensure service inbound api exists")
    _create_service_inbound_api(service.id, service_admin_user.id)

    current_app.logger.info("--> Ensure dummy inbound SMS objects exist")
    _create_inbound_sms(service, 3)

    current_app.logger.info("--> Ensure dummy protected sender ids exist")
    _create_protected_sender_id("TEAM_DOVE")
    _create_protected_sender_id("TEAM_PIGEON")

    functional_env_var_dict = {
        "FUNCTIONAL_TESTS_API_HOST": current_app.config["API_HOST_NAME"],
        "FUNCTIONAL_TESTS_ADMIN_HOST": current_app.config["ADMIN_BASE_URL"],
        "ENVIRONMENT": environment,
        "FUNCTIONAL_TEST_EMAIL": func_test_user.email_address,
        "FUNCTIONAL_TEST_PASSWORD": functional_test_password,
        "TEST_NUMBER": "07700900001",
        "NOTIFY_SERVICE_API_KEY": f"{function_tests_govuk_key_name}-{govuk_service_id}-{api_key_notify.secret}",
        "FUNCTIONAL_TESTS_SERVICE_EMAIL": service_admin_user.email_address,
        "FUNCTIONAL_TESTS_SERVICE_EMAIL_AUTH_ACCOUNT": email_auth_user.email_address,
        "FUNCTIONAL_TESTS_SERVICE_EMAIL_PASSWORD": functional_test_password,
        "FUNCTIONAL_TESTS_SERVICE_NUMBER": "07700900501",
        "FUNCTIONAL_TESTS_SERVICE_ID": service.id,
        "FUNCTIONAL_TESTS_SERVICE_NAME": service.name,
        "FUNCTIONAL_TESTS_ORGANISATION_ID": org.id,
        "FUNCTIONAL_TESTS_SERVICE_API_KEY": f"{function_tests_live_key_name}-{service.id}-{api_key_live_key.secret}",
        "FUNCTIONAL_TESTS_SERVICE_API_TEST_KEY": f"{function_tests_test_key_name}-{service.id}-{api_key_test_key.secret}",  # noqa: E501
        "FUNCTIONAL_TESTS_API_AUTH_SECRET": current_app.config["INTERNAL_CLIENT_API_KEYS"]["notify-functional-tests"][
            0
        ],
        "FUNCTIONAL_TESTS_SERVICE_EMAIL_REPLY_TO": f"{test_email_username}+{environment}-reply-to@{email_domain}",
        "FUNCTIONAL_TESTS_SERVICE_EMAIL_REPLY_TO_2": f"{test_email_username}+{environment}-reply-to+2@{email_domain}",
        "FUNCTIONAL_TESTS_SERVICE_EMAIL_REPLY_TO_3": f"{test_email_username}+{environment}-reply-to+3@{email_domain}",
        "FUNCTIONAL_TESTS_SERVICE_EMAIL_REPLY_TO_ID": email_reply_to.id,
        "FUNCTIONAL_TESTS_SERVICE_SMS_SENDER_ID": sms_sender.id,
        "FUNCTIONAL_TESTS_SERVICE_INBOUND_NUMBER": incoming_number,
        "FUNCTIONAL_TEST_SMS_TEMPLATE_ID": sms_template.id,
        "FUNCTIONAL_TEST_EMAIL_TEMPLATE_ID": email_template.id,
        "FUNCTIONAL_TEST_LETTER_TEMPLATE_ID": letter_template.id,
        "FUNCTIONAL_TEST_SMS_NO_PLACEHOLDER_TEMPLATE_ID": sms_no_placeholder_template.id,
        "FUNCTIONAL_TEST_EMAIL_NO_PLACEHOLDER_TEMPLATE_ID": email_no_placeholder_template.id,
        "MMG_INBOUND_SMS_USERNAME": current_app.config["MMG_INBOUND_SMS_USERNAME"][0],
        "MMG_INBOUND_SMS_AUTH": current_app.config["MMG_INBOUND_SMS_AUTH"][0],
        "REQUEST_BIN_API_TOKEN": request_bin_api_token,
        # API client integration test environment variables
        "SERVICE_ID": service.id,
        "FUNCTIONAL_TEST_NUMBER": incoming_number,
        "EMAIL_TEMPLATE_ID": api_client_integration_test_email_template.id,
        "SMS_TEMPLATE_ID": api_client_integration_test_sms_template.id,
        "LETTER_TEMPLATE_ID": api_client_integration_test_letter_template.id,
        "EMAIL_REPLY_TO_ID": email_reply_to.id,
        "SMS_SENDER_ID": sms_sender.id,
        "NOTIFY_API_URL": current_app.config["API_HOST_NAME"],
        "API_KEY": f"{function_tests_test_key_name}-{service.id}-{api_key_test_key.secret}",
        "API_SENDING_KEY": f"{function_tests_live_key_name}-{service.id}-{api_key_live_key.secret}",
        "INBOUND_SMS_QUERY_KEY": f"{function_tests_test_key_name}-{service.id}-{api_key_test_key.secret}",
    }

    performance_env_var_dict = {
        "PERFORMANCE_TESTS_API_HOST": current_app.config["API_HOST_NAME"],
        "PERFORMANCE_TESTS_SERVICE_API_KEY": f"{performance_tests_live_key_name}-{performance_service.id}-{performance_api_key_live_key.secret}",  # noqa: E501
        "PERFORMANCE_TEST_SMS_TEMPLATE_ID": performance_sms_template.id,
        "PERFORMANCE_TEST_EMAIL_TEMPLATE_ID": performance_email_template.id,
        "PERFORMANCE_TEST_EMAIL_WITH_FILE_TEMPLATE_ID": performance_email_with_file_template.id,
        "PERFORMANCE_TEST_LETTER_TEMPLATE_ID": performance_letter_template.id,
    }

    return functional_env_var_dict, performance_env_var_dict


def _create_user(name, email_address, password, auth_type="sms_auth", organisations=None, mobile_number=None):
    if organisations is None:
        organisations = []
    user = None
    try:
        user = get_user_by_email(email_address)
    except NoResultFound:
        user = User()
        user.name = name
        user.email_address = email_address
        user.mobile_number = mobile_number
        user.auth_type = auth_type

        user.organisations = organisations

        save_model_user(user, password=password, validated_email_access=True)

    user.state = "active"
    user.auth_type = auth_type
    save_model_user(user, password=password, validated_email_access=True)

    return user


def _create_organiation(email_domain, org_name):
    organisations = dao_get_organisations_by_partial_name(org_name)

    org = None
    for organisation in organisations:
        if organisation.name == org_name:
            org = organisation

    if org is None:
        org = Organisation(name=org_name, active=True, crown=False, organisation_type="central")

        dao_create_organisation(org)

    org.name = org_name
    org.active = True
    org.crown = False
    org.organisation_type = "central"
    org.can_approve_own_go_live_requests = True
    db.session.add(org)

    normalised_email_domain = email_domain.lower()
    existing_domain = Domain.query.filter_by(domain=normalised_email_domain).one_or_none()
    if existing_domain is None:
        db.session.add(Domain(domain=normalised_email_domain, organisation_id=org.id))
    elif existing_domain.organisation_id != org.id:
        # Domain ownership is unique across orgs; reclaim it so fixture users resolve to this fixture org.
        previous_org_id = existing_domain.organisation_id
        existing_domain.organisation_id = org.id
        db.session.add(existing_domain)
        current_app.logger.info(
            "Reassigned domain %s from organisation %s to fixture organisation %s",
            normalised_email_domain,
            previous_org_id,
            org.id,
        )

    db.session.commit()

    return org


def _create_service(
    org_id,
    user,
    service_name="Functional Tests",
    rate_limit=3000,
    sms_message_limit=1000,
    letter_message_limit=1000,
    email_message_limit=1000,
):
    services = get_services_by_partial_name(service_name)

    service = None
    for s in services:
        if s.name == service_name:
            service = s

    if service is None:
        service = Service.from_json(
            {
                "name": service_name,
                "restricted": False,
                "organisation_id": org_id,
                "organisation_type": "central",
                "created_by": user.id,
                "rate_limit": rate_limit,
                "sms_message_limit": sms_message_limit,
                "letter_message_limit": letter_message_limit,
                "email_message_limit": email_message_limit,
                "contact_link": current_app.config["ADMIN_BASE_URL"],
            }
        )
        dao_create_service(service, user)

    service.active = True
    service.restricted = False
    service.organisation_id = org_id
    service.organisation_type = "central"
    service.rate_limit = rate_limit
    service.sms_message_limit = sms_message_limit
    service.letter_message_limit = letter_message_limit
    service.email_message_limit = email_message_limit
    service.contact_link = current_app.config["ADMIN_BASE_URL"]

    set_default_free_allowance_for_service(service=service, year_start=None)

    return service


def _grant_permissions(service, user):
    permission_list = [
        Permission(service_id=service.id, user_id=user.id, permission=SEND_LETTERS),
        Permission(service_id=service.id, user_id=user.id, permission=VIEW_ACTIVITY),
        Permission(service_id=service.id, user_id=user.id, permission=SEND_TEXTS),
        Permission(service_id=service.id, user_id=user.id, permission=SEND_EMAILS),
    ]

    permission_dao.set_user_service_permission(user, service, permission_list, _commit=True, replace=True)


def _create_api_key(name, service_id, user_id, key_type="normal"):
    api_keys = get_model_api_keys(service_id=service_id)
    for key in api_keys:
        if key.name == name:
            if key.expiry_date is not None:
                continue

            try:
                _ = key.secret
            except BadSignature:
                # Keep key identity stable and rotate the secret in place to avoid dangling references.
                current_app.logger.warning(
                    "Fixture api key %s for service %s had invalid signature; rotating in place",
                    name,
                    service_id,
                )
                key.secret = uuid4()
                db.session.add(key)
                db.session.commit()
                return key

            return key

    request = {"created_by": user_id, "key_type": key_type, "name": name}

    fetched_service = dao_fetch_service_by_id(service_id=service_id)
    valid_api_key = api_key_schema.load(request)
    valid_api_key.service = fetched_service
    save_model_api_key(valid_api_key)

    return valid_api_key


def _repair_invalid_service_api_keys(service_id):
    # Use get_model_api_keys so we cover the same key set auth paths read (active + recently expired).
    api_keys = get_model_api_keys(service_id=service_id)
    repaired_count = 0

    for key in api_keys:
        try:
            _ = key.secret
        except BadSignature:
            key.secret = uuid4()
            db.session.add(key)
            repaired_count += 1

    if repaired_count > 0:
        db.session.commit()
        current_app.logger.info(
            "Rotated %s invalid api key secret(s) for fixture service %s",
            repaired_count,
            service_id,
        )


def _create_inbound_numbers(service_id, user_id, number="07700900500", provider="mmg"):
    inbound_number = dao_get_inbound_number_for_service(service_id=service_id)

    if inbound_number is not None and inbound_number.number == number:
        return inbound_number.id

    inbound_number_by_number = InboundNumber.query.filter_by(number=number).one_or_none()
    if inbound_number_by_number is not None:
        # Number is globally unique; reclaim it if sanitised data left it attached to another service.
        if inbound_number is not None and inbound_number.id != inbound_number_by_number.id:
            inbound_number.service_id = None
            db.session.add(inbound_number)

        previous_service_id = inbound_number_by_number.service_id
        inbound_number_by_number.service_id = service_id
        inbound_number_by_number.active = True
        db.session.add(inbound_number_by_number)
        db.session.commit()

        if previous_service_id and previous_service_id != service_id:
            current_app.logger.info(
                "Reassigned inbound number %s from service %s to fixture service %s",
                number,
                previous_service_id,
                service_id,
            )

        return inbound_number_by_number.id

    if inbound_number is not None:
        inbound_number.number = number
        inbound_number.provider = provider
        inbound_number.active = True
        db.session.add(inbound_number)
        db.session.commit()
        return inbound_number.id

    inbound_number = InboundNumber()
    inbound_number.number = number
    inbound_number.provider = provider
    inbound_number.service_id = service_id
    inbound_number.active = True
    inbound_number.created_by = user_id

    dao_set_inbound_number_to_service(service_id, inbound_number)

    return inbound_number.id


def _create_service_letter_contact(service_id, contact_block, is_default):
    letter_contacts = dao_get_letter_contacts_by_service_id(service_id)

    for letter_contact in letter_contacts:
        if letter_contact.contact_block == contact_block:
            return letter_contact

    return add_letter_contact_for_service(service_id, contact_block, is_default)


def _create_email_template(service, user_id, name, subject, content, alt_names=frozenset()):
    templates = dao_get_all_templates_for_service(service_id=service.id)

    alt_candidates = []
    for template in templates:
        if template.name == name:
            return template
        elif template.name in alt_names:
            alt_candidates.append(template)

    if alt_candidates:
        return alt_candidates[0]

    new_template = template_schema.load(
        {
            "name": name,
            "template_type": "email",
            "content": content,
            "subject": subject,
            "created_by": user_id,
            "service": service.id,
        }
    )

    dao_create_template(new_template)

    return new_template


def _create_sms_template(service, user_id, name, content, alt_names=frozenset()):
    templates = dao_get_all_templates_for_service(service_id=service.id)

    alt_candidates = []
    for template in templates:
        if template.name == name:
            return template
        elif template.name in alt_names:
            alt_candidates.append(template)

    if alt_candidates:
        return alt_candidates[0]

    new_template = template_schema.load(
        {
            "name": name,
            "template_type": "sms",
            "content": content,
            "created_by": user_id,
            "service": service.id,
        }
    )

    dao_create_template(new_template)

    return new_template


def _create_letter_template(service, user_id, name, subject, content, letter_contact_id=None, alt_names=frozenset()):
    templates = dao_get_all_templates_for_service(service_id=service.id)

    alt_candidates = []
    for template in templates:
        if template.name == name:
            return template
        elif template.name in alt_names:
            alt_candidates.append(template)

    if alt_candidates:
        return alt_candidates[0]

    new_template = template_schema.load(
        {
            "name": name,
            "template_type": "letter",
            "content": content,
            "subject": subject,
            "created_by": user_id,
            "service": service.id,
        }
    )

    new_template.postage = SECOND_CLASS
    new_template.service_letter_contact_id = letter_contact_id

    dao_create_template(new_template)

    return new_template


def _update_template(template, name=None, subject=None, content=None, letter_contact_id=None):
    if name is not None:
        template.name = name

    if subject is not None:
        template.subject = subject

    if content is not None:
        template.content = content

    if letter_contact_id is not None:
        template.service_letter_contact_id = letter_contact_id

    dao_update_template(template)


def _create_service_email_reply_to(service_id, email_address, is_default):
    service_email_reply_tos = dao_get_reply_to_by_service_id(service_id=service_id)

    for service_email_reply_to in service_email_reply_tos:
        if service_email_reply_to.email_address == email_address:
            return service_email_reply_to

    service_email_reply_to = ServiceEmailReplyTo()

    service_email_reply_to.service_id = service_id
    service_email_reply_to.is_default = is_default
    service_email_reply_to.email_address = email_address

    return add_reply_to_email_address_for_service(service_id, email_address, is_default)


def _create_service_permissions(service_id, permissions=None):
    if permissions is None:
        permissions = [EDIT_FOLDER_PERMISSIONS, INBOUND_SMS_TYPE, EMAIL_AUTH]

    service_permissions = dao_fetch_service_permissions(service_id)

    for permission in permissions:
        found = False
        for service_permission in service_permissions:
            if service_permission.permission == permission:
                found = True

        if not found:
            dao_add_service_permission(service_id, permission)


def _create_service_sms_senders(service_id, sms_sender, is_default, inbound_number_id):
    service_sms_senders = dao_get_sms_senders_by_service_id(service_id)

    for service_sms_sender in service_sms_senders:
        if service_sms_sender.sms_sender == sms_sender:
            return service_sms_sender
        if inbound_number_id and service_sms_sender.inbound_number_id == inbound_number_id:
            return service_sms_sender

    if inbound_number_id:
        existing_inbound_sender = ServiceSmsSender.query.filter_by(inbound_number_id=inbound_number_id).one_or_none()
        if existing_inbound_sender is not None:
            # inbound_number_id is unique; move the sender row over instead of creating a conflicting duplicate.
            if is_default:
                for service_sms_sender in service_sms_senders:
                    if service_sms_sender.id != existing_inbound_sender.id and service_sms_sender.is_default:
                        service_sms_sender.is_default = False
                        db.session.add(service_sms_sender)

            previous_service_id = existing_inbound_sender.service_id
            existing_inbound_sender.service_id = service_id
            existing_inbound_sender.sms_sender = sms_sender
            existing_inbound_sender.is_default = is_default
            existing_inbound_sender.archived = False
            db.session.add(existing_inbound_sender)
            db.session.commit()

            if previous_service_id != service_id:
                current_app.logger.info(
                    "Reassigned inbound sms sender for number %s from service %s to fixture service %s",
                    sms_sender,
                    previous_service_id,
                    service_id,
                )

            return existing_inbound_sender

    return dao_add_sms_sender_for_service(service_id, sms_sender, is_default, inbound_number_id)


def _create_service_inbound_api(service_id, user_id):
    inbound_api = get_service_callback_api_by_callback_type(service_id, "inbound_sms")

    if inbound_api is None:
        inbound_api = ServiceCallbackApi(
            service_id=service_id,
            url="https://5c6b93352e82dab5d82d02e5178c2d57.m.pipedream.net",
            updated_by_id=user_id,
            callback_type="inbound_sms",
        )
    inbound_api.bearer_token = "1234567890"

    save_service_callback_api(inbound_api)


def _create_inbound_sms(service, count):
    num_existing = len(dao_get_inbound_sms_for_service(service.id, limit=count))

    for _ in range(num_existing, count):
        dao_create_inbound_sms(
            InboundSms(
                service=service,
                notify_number=service.get_inbound_number(),
                user_number="00000000000",
                provider_date=datetime.utcnow(),
                provider_reference="SOME-MMG-SPECIFIC-ID",
                content="This is a test message",
                provider="mmg",
            )
        )


def _create_protected_sender_id(sender_id):
    exists_already = ProtectedSenderId.query.filter(ProtectedSenderId.sender_id == sender_id).scalar()
    if exists_already is None:
        protected_sender_id = ProtectedSenderId(sender_id=sender_id)
        db.session.add(protected_sender_id)
        db.session.commit()
