package nl.autonomy.core.detect.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.autonomy.core.ScanOptions;

/**
 * @param root scanned root; evidence paths are relative to it
 * @param pomFiles every pom.xml the walk found, relative to {@code root}, sorted
 * @param options offline, settings, local repository, hashes
 */
public record MavenProjectsRequest(Path root, List<String> pomFiles, ScanOptions options) {

  public MavenProjectsRequest {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(options, "options");
    pomFiles = pomFiles.stream().sorted().toList();
  }
}
