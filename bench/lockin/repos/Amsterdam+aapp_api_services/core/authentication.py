import logging
from abc import ABC, abstractmethod

import amsterdam_django_oidc
import jwt
from django.conf import settings
from django.contrib.admin import ModelAdmin
from django.contrib.auth.models import Group, User
from django.db import transaction
from django.http import HttpRequest
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from mozilla_django_oidc.auth import default_username_algo
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed

from core.exceptions import ApiKeyInvalidException

logger = logging.getLogger(__name__)


class AbstractAppAuthentication(BaseAuthentication, ABC):
    """
    Abstract base class for API key authentication.

    Subclasses must implement the `api_keys` and `api_key_header` properties to specify
    the valid API keys and the header name where the API key is expected.

    Properties are used to ensure runtime access to settings. By defining `api_keys` and
    `api_key_header` as properties that access Django settings at runtime, the authentication
    class always uses the most current values. This allows for settings overrides during
    testing (e.g., with `override_settings`) to take effect and supports dynamic changes
    without restarting the application.
    """

    @property
    @abstractmethod
    def api_keys(self):  # pragma: no cover
        pass

    @property
    @abstractmethod
    def api_key_header(self):  # pragma: no cover
        pass

    def authenticate(self, request: HttpRequest):
        supplied_api_key = request.headers.get(self.api_key_header)

        if supplied_api_key not in self.api_keys:
            raise ApiKeyInvalidException(f"Invalid API key: {self.api_key_header}")

        return (None, None)


class APIKeyAuthentication(AbstractAppAuthentication):
    @property
    def api_keys(self):  # pragma: no cover
        return settings.API_KEYS.split(",")

    @property
    def api_key_header(self):  # pragma: no cover
        return settings.API_KEY_HEADER


class InternalAPIKeyAuthentication(AbstractAppAuthentication):
    # currently only used in 'modules' service
    @property
    def api_keys(self):  # pragma: no cover
        return settings.API_KEYS_INTERNAL.split(",")

    @property
    def api_key_header(self):  # pragma: no cover
        return settings.API_KEY_HEADER_INTERNAL


class MijnAmsterdamOutboundKeyAuthentication(AbstractAppAuthentication):
    # used for authenticating requests from City Pass and MijnAmsterdam logout
    @property
    def api_keys(self):
        return settings.MIJN_AMS_API_KEYS_OUTBOUND.split(",")

    @property
    def api_key_header(self):
        return settings.SESSION_CREDENTIALS_KEY_HEADER


class AuthenticationScheme(OpenApiAuthenticationExtension):
    """
    This class is specifically for drf-spectacular,
    so that the API key authentication method will be shown under the Authorize button in Swagger
    """

    header_key = None

    def get_security_definition(self, auto_schema):  # pragma: no cover
        return {
            "type": "apiKey",
            "in": "header",
            "name": self.header_key,
        }


class APIKeyAuthenticationScheme(AuthenticationScheme):
    target_class = "core.authentication.APIKeyAuthentication"
    name = "APIKeyAuthentication"
    header_key = settings.API_KEY_HEADER


class InternalAPIKeyAuthenticationScheme(AuthenticationScheme):
    target_class = "core.authentication.InternalAPIKeyAuthentication"
    name = "InternalAPIKeyAuthentication"
    header_key = settings.API_KEY_HEADER_INTERNAL


class MijnAmsterdamOutboundKeyAuthenticationScheme(AuthenticationScheme):
    target_class = "core.authentication.MijnAmsterdamOutboundKeyAuthentication"
    name = "MijnAmsterdamOutboundKeyAuthentication"
    header_key = settings.SESSION_CREDENTIALS_KEY_HEADER


class EntraTokenMixin:
    def validate_token(self, token):
        try:
            signing_key = self._get_signing_key(token)
        except Exception as error:
            logger.warning(f"Authentication error: {error}")
            raise AuthenticationFailed("Authentication failed")

        is_valid_token, token_data = self._validate_token_data(signing_key, token)
        if not is_valid_token:
            logger.warning(f"Invalid token: {token_data=}]")
            raise AuthenticationFailed("Invalid token")

        return token_data

    def _get_signing_key(self, token):  # pragma: no cover
        from jwt import PyJWKClient

        jwks_client = PyJWKClient(settings.ENTRA_ID_JWKS_URI)
        signing_key = jwks_client.get_signing_key_from_jwt(token)
        return signing_key.key

    def _validate_token_data(self, signing_key, token):
        try:
            data = jwt.decode(
                token,
                signing_key,
                algorithms=["RS256"],
                audience=f"api://{settings.ENTRA_CLIENT_ID}",
                issuer=f"https://sts.windows.net/{settings.ENTRA_TENANT_ID}/",
            )
            return True, data
        except jwt.ExpiredSignatureError:
            logger.info("Token has expired")
            return False, {"error": "Token has expired"}
        except jwt.InvalidSignatureError:
            logger.warning("Token has invalid signature")
            return False, {"error": "Token has invalid signature"}
        except Exception as error:
            logger.warning(f"Error validating token: {error}")
            return False, {"error": "Error validating token"}


class EntraCookieTokenAuthentication(BaseAuthentication, EntraTokenMixin):
    def authenticate(self, request):
        token = self._read_token_from_cookies(request.COOKIES)
        if not token:
            raise AuthenticationFailed("Cookie not found")

        token_data = self.validate_token(token)

        user = self._create_user(token_data)

        if token_data.get("roles"):
            self._update_user_groups(user, token_data)

        return (user, token_data)

    def _create_user(self, token_data: dict):
        token_data_email = token_data.get("upn")
        user, created = User.objects.update_or_create(
            username=token_data_email,
            email=token_data_email,
            first_name=token_data.get("given_name"),
            last_name=token_data.get("family_name"),
            defaults={
                "is_staff": True,
                "is_superuser": True,
            },
        )
        if created:
            logger.info(f"User created: {user}")

        return user

    @transaction.atomic
    def _update_user_groups(self, user: User, token_data: dict):
        user.groups.clear()
        for group_name in token_data.get("roles", []):
            group, _ = Group.objects.get_or_create(name=group_name)
            user.groups.add(group)

    def _read_token_from_cookies(self, cookies) -> str | None:
        base = settings.ENTRA_TOKEN_COOKIE_NAME
        if base in cookies:  # old single-cookie path
            return cookies[base]

        # gather & sort chunks: AccessToken.0, AccessToken.1, …
        chunks = {
            int(k.split(".")[-1]): v
            for k, v in cookies.items()
            if k.startswith(f"{base}.")
        }
        if not chunks:
            return None

        return "".join(v for _, v in sorted(chunks.items()))


class OIDCAuthenticationBackend(amsterdam_django_oidc.OIDCAuthenticationBackend):
    def create_user(self, claims):
        """Return object for a newly created user account."""
        email = claims.get("upn")

        # TODO: fix updating existing user, email is same but name changed
        user, created = User.objects.update_or_create(
            username=default_username_algo(email),
            email=email,
            defaults={
                "first_name": claims.get("given_name"),
                "last_name": claims.get("family_name"),
                "is_staff": True,
                "is_superuser": True,
            },
        )
        if created:
            logger.info(f"User created: {user}")

        self._update_user_groups(user, claims)
        return user

    @transaction.atomic
    def _update_user_groups(self, user: User, claims: dict):
        user.groups.clear()
        for group_name in claims.get("roles", []):
            group, _ = Group.objects.get_or_create(name=group_name)
            user.groups.add(group)


class MockEntraTokenAuthentication(BaseAuthentication, EntraTokenMixin):
    def authenticate(self, request):  # pragma: no cover
        email = "mock.user@amsterdam.nl"

        user = User.objects.filter(email=email).first()
        if not user:
            user = User.objects.create_superuser(username="Mock User", email=email)

        groups = []
        for role_name in [
            "mbs-admin",
            "cbs-time-publisher",
            "city-pass-publisher",
            "waste-notification-publisher",
            "waste-recycle-publisher",
            "survey-publisher",
        ]:
            group, _ = Group.objects.get_or_create(name=f"o-{role_name}")
            groups.append(group)
        user.groups.set(groups)

        return (user, None)


class AuthenticationGroupModelAdmin(ModelAdmin):
    authentication_groups: tuple[str, ...] = ()
    authentication_view_groups: tuple[str, ...] = ()

    def has_add_permission(self, request):
        return user_groups_contains_group_names(
            request.user, list(self.authentication_groups)
        )

    def has_change_permission(self, request, obj=None):
        return user_groups_contains_group_names(
            request.user, list(self.authentication_groups)
        )

    def has_delete_permission(self, request, obj=None):
        return user_groups_contains_group_names(
            request.user, list(self.authentication_groups)
        )

    def has_view_permission(self, request, obj=None):
        return user_groups_contains_group_names(
            request.user,
            list(self.authentication_groups) + list(self.authentication_view_groups),
        )


def user_groups_contains_group_names(user, group_names):
    environment_group_names = [f"{settings.ENVIRONMENT_SLUG}-{x}" for x in group_names]
    return user.groups.filter(name__in=environment_group_names).exists()
