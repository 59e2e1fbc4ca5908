import sentry_sdk

sentry_sdk.init(dsn="https://abc@o123.ingest.sentry.io/456")
