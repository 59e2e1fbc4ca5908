/**
 * Enrichment: the stage between collection and classification that looks up, in each
 * ecosystem's own registry, the license and supplier facts a lockfile does not carry (npm, PyPI,
 * NuGet, crates.io, RubyGems, Packagist, the Go module proxy, Maven Central, OCI image labels).
 * Every answer is kept in a local cache with its date so an offline scan can reuse it; a failed
 * lookup is a warning, never a failed scan. See docs/enrichment.md.
 */
package nl.autonomy.core.enrich;
