package nl.autonomy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.ScanOptions;
import picocli.CommandLine.Option;

/**
 * How a codebase is collected, shared by every command that scans ({@code scan}, {@code exit-plan},
 * {@code portfolio scan}): network, Maven settings and local repository, Maven's {@code -D} and
 * {@code -P}, artifact hashes. One declaration, so the commands cannot drift apart.
 */
final class CollectionOptions {

  @Option(names = "--offline",
      description = "Make no network request: the local Maven repository and the registry cache only.")
  boolean offline;

  @Option(names = {"-s", "--settings"}, paramLabel = "FILE", description = "Maven settings.xml to use.")
  Path settings;

  @Option(names = "--local-repo", paramLabel = "DIR", description = "Maven local repository to use.")
  Path localRepo;

  @Option(names = {"-D", "--define"}, paramLabel = "KEY=VALUE",
      description = "Maven user property, as mvn -D (repeatable); overrides the project's .mvn/maven.config.")
  List<String> defines = new ArrayList<>();

  @Option(names = {"-P", "--activate-profiles"}, split = ",", paramLabel = "PROFILE",
      description = "Maven profiles to activate (!id to deactivate), as mvn -P; added to .mvn/maven.config's.")
  List<String> profiles = new ArrayList<>();

  @Option(names = "--hashes", description = "Download artifacts to add SHA-256 and SHA-512 hashes (slower).")
  boolean hashes;

  /** {@code options} with these choices applied. */
  ScanOptions applyTo(ScanOptions options) {
    return options
        .withOffline(offline)
        .withSettingsFile(settings)
        .withLocalRepository(localRepo)
        .withMavenUserProperties(MavenDefines.parse(defines))
        .withMavenProfiles(profiles)
        .withHashes(hashes);
  }
}
