import sentry_sdk

sentry_sdk.init(dsn="https://abc@sentry.gemeente.example/2")
