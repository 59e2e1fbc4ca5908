from core.settings.base import *  # isort:skip

SERVICE_NAME = "construction-work"
INSTALLED_APPS += [
    "construction_work.apps.ConstructionWorkConfig",
    "notification.apps.NotificationsConfig",
]

ROOT_URLCONF = "construction_work.urls"

REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"] = [
    "core.authentication.APIKeyAuthentication",
]

SPECTACULAR_SETTINGS["TITLE"] = "Construction Work API"

DEFAULT_ARTICLE_MAX_AGE = 3
ARTICLE_MAX_AGE = int(os.getenv("ARTICLE_MAX_AGE", DEFAULT_ARTICLE_MAX_AGE))

DEFAULT_WARNING_MESSAGE_EMAIL = "redactieprojecten@amsterdam.nl"

ADDRESS_SEARCH_URL = os.getenv(
    "ADDRESS_SEARCH_URL", "https://api.pdok.nl/bzk/locatieserver/search/v3_1/free"
)

MIN_SEARCH_QUERY_LENGTH = 3

IPROX_SERVER = os.getenv("IPROX_SERVER", "https://www.amsterdam.nl/")
EPOCH = "1970-01-01 00:00:00"
DATE_FORMAT_IPROX = "%Y-%m-%dT%H:%M:%S%z"

ENTRA_ID_JWKS_URI = "https://login.microsoftonline.com/common/discovery/v2.0/keys"

ENTRA_TENANT_ID = os.getenv("TENANT_ID")
ENTRA_CLIENT_ID = os.getenv("CLIENT_ID")

FIREBASE_CREDENTIALS = os.getenv("FIREBASE_JSON")

MOCK_ENTRA_AUTH = False

STATIC_URL = "/construction-work/static/"
