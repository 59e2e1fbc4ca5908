// Meldingen openbare ruimte: API voor meldingen van bewoners
module github.com/gemeente-utrecht/meldingen-api

go 1.22

toolchain go1.22.4

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/jackc/pgx/v5 v5.5.5
	github.com/Azure/azure-sdk-for-go/sdk/storage/azblob v1.3.2
	github.com/gemeente-utrecht/geo v0.4.1
	github.com/gemeente-utrecht/auth v1.0.0
	go.opentelemetry.io/otel v1.24.0
)

require (
	github.com/Azure/azure-sdk-for-go/sdk/azcore v1.11.1 // indirect
	github.com/jackc/pgpassfile v1.0.0 // indirect
	github.com/jackc/puddle/v2 v2.2.1 // indirect
	golang.org/x/crypto v0.21.0 // indirect
	golang.org/x/text v0.14.0 // indirect
)

require github.com/google/uuid v1.6.0

replace github.com/gemeente-utrecht/geo v0.4.1 => github.com/gemeente-utrecht/geo-fork v0.4.2-patch1

replace (
	github.com/gemeente-utrecht/auth => ../auth
	golang.org/x/crypto => golang.org/x/crypto v0.22.0
)

exclude golang.org/x/text v0.13.0

retract [v0.1.0, v0.1.3]
