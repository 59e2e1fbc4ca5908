package nl.autonomy.cli;

import java.nio.file.Path;
import java.util.List;
import nl.autonomy.core.source.SharedFiles;
import nl.autonomy.core.source.SourceException;

/** {@code --catalog} and {@code --policy} values that name a git source, fetched into the cache. */
final class SharedSourceOption {

  private SharedSourceOption() {
  }

  /** A source that cannot be fetched is a configuration error: exit code 2, the message says why. */
  static SharedFiles.Resolved resolve(Path cacheDir, boolean offline, List<String> catalogs, String policy) {
    try {
      return new SharedFiles(cacheDir, offline).resolve(catalogs, policy);
    } catch (SourceException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    }
  }
}
