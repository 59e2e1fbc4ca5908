package nl.autonomy.core.detect;

import java.nio.file.Path;
import java.util.Optional;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.detect.maven.MavenGraphProvider;

/**
 * What a detector may use besides its files.
 *
 * @param root the scanned root folder
 * @param options the scan's options
 * @param maven the Maven dependency-graph port, when the front end provides one
 * @param catalog the scan's catalog (shipped plus the user's), when the scan has loaded it
 */
public record DetectorContext(Path root, ScanOptions options, Optional<MavenGraphProvider> maven,
    Optional<Catalog> catalog) {

  /** A context without a loaded catalog: detectors that need one load it from the options. */
  public DetectorContext(Path root, ScanOptions options, Optional<MavenGraphProvider> maven) {
    this(root, options, maven, Optional.empty());
  }
}
