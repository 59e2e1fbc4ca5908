package nl.autonomy.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import nl.autonomy.core.detect.maven.MavenGraphProvider;
import nl.autonomy.core.enrich.EnrichOptions;
import nl.autonomy.core.model.SourceKind;

/**
 * What to scan and how.
 *
 * @param root the folder to scan (a git URL or archive has already been fetched or unpacked here)
 * @param source what the user named, recorded in the provenance
 * @param sourceKind a folder, git URL or archive (folder when null)
 * @param options collection options
 * @param evaluation policy, baseline and fail threshold
 * @param maven the Maven graph port of the front end, or empty when Maven projects cannot be resolved
 * @param progress where progress goes (the CLI shows it on a terminal)
 * @param sourceSha256 the SHA-256 of a scanned archive, which identifies a delivery wherever it
 *     lies; null for a folder or git URL
 * @param enrich whether and how to look up missing license and supplier facts in the registries
 *     (off unless a front end asks; with {@code options.offline()} only the cache is read)
 */
public record ScanRequest(
    Path root, String source, SourceKind sourceKind, ScanOptions options, EvaluationOptions evaluation,
    Optional<MavenGraphProvider> maven,
    ProgressListener progress, String sourceSha256, EnrichOptions enrich) {

  public ScanRequest {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(options, "options");
    source = source == null ? root.toString() : source;
    sourceKind = sourceKind == null ? SourceKind.FOLDER : sourceKind;
    evaluation = evaluation == null ? EvaluationOptions.defaults() : evaluation;
    maven = maven == null ? Optional.empty() : maven;
    progress = progress == null ? ProgressListener.NONE : progress;
    enrich = enrich == null ? EnrichOptions.off() : enrich;
  }

  /** A request without enrichment, for a folder or git URL (no archive digest). */
  public ScanRequest(Path root, String source, SourceKind sourceKind, ScanOptions options, EvaluationOptions evaluation,
      Optional<MavenGraphProvider> maven, ProgressListener progress) {
    this(root, source, sourceKind, options, evaluation, maven, progress, null, null);
  }

  /** A request without enrichment. */
  public ScanRequest(Path root, String source, SourceKind sourceKind, ScanOptions options, EvaluationOptions evaluation,
      Optional<MavenGraphProvider> maven, ProgressListener progress, String sourceSha256) {
    this(root, source, sourceKind, options, evaluation, maven, progress, sourceSha256, null);
  }

  public ScanRequest withEnrich(EnrichOptions value) {
    return new ScanRequest(root, source, sourceKind, options, evaluation, maven, progress, sourceSha256, value);
  }

  public static ScanRequest of(Path root, ScanOptions options, MavenGraphProvider maven) {
    return new ScanRequest(root, root.toString(), SourceKind.FOLDER, options, EvaluationOptions.defaults(),
        Optional.ofNullable(maven), ProgressListener.NONE);
  }
}
