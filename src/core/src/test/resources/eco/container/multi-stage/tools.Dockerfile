FROM localhost:5000/gemeente/base@sha256:a3ed95caeb02ffe68cdd9fd84406680ae93d633cb16422d00e8a7c22955b46d4
FROM scratch
COPY --from=0 /etc/ssl /etc/ssl
