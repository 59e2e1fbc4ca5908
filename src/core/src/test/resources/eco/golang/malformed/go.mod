module example.org/gemeente/parkeren

go 1.21

require (
	github.com/lib/pq v1.10.9
	github.com/spf13/cobra
