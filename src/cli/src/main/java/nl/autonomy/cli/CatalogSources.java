package nl.autonomy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.enrich.EnrichOptions;
import nl.autonomy.core.source.SharedFiles;
import picocli.CommandLine.Option;

/**
 * {@code --catalog} for the commands that read catalogs without scanning through {@code scan}'s
 * options ({@code catalog list}, {@code catalog suggest}, {@code publiccode}): a file or a git source,
 * fetched through the same {@link SharedFiles} as {@code scan --catalog}.
 */
final class CatalogSources {

  @Option(names = "--catalog", paramLabel = "FILE|GIT",
      description = "Extra catalog: a file or git+URL#REF:path/file.yaml (repeatable).")
  List<String> catalogs = new ArrayList<>();

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where git catalogs are kept (default: $XDG_CACHE_HOME/autonomy or ~/.cache/autonomy).")
  Path cacheDir;

  /** The shipped catalog with these added, git sources fetched (or taken from the cache when offline). */
  Catalog load(boolean offline) throws CatalogException {
    return new CatalogLoader().load(resolve(offline).catalogFiles());
  }

  /** The catalogs with every git source fetched (or taken from the cache when offline). */
  SharedFiles.Resolved resolve(boolean offline) {
    Path cache = cacheDir != null ? cacheDir.toAbsolutePath() : EnrichOptions.defaults().cacheDir();
    return SharedSourceOption.resolve(cache, offline, catalogs, null);
  }
}
