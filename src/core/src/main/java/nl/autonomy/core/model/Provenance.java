package nl.autonomy.core.model;

import java.time.Instant;
import java.util.Objects;
import nl.autonomy.core.text.Urls;

/**
 * What was scanned, when and by what.
 *
 * @param source what the user named: a folder, git URL, archive or SBOM
 * @param sourceKind a folder, git URL, archive or SBOM
 * @param gitRemote origin URL, or null
 * @param gitCommit HEAD commit id, or null
 * @param gitBranch current branch, or null
 * @param timestamp scan time ({@code SOURCE_DATE_EPOCH} when set)
 * @param toolVersion Autonomy's version
 * @param sourceSha256 SHA-256 of a scanned archive, or null
 * @param sharedSources catalogs and policies taken from git repositories, with commit and digest,
 *     sorted (empty when none)
 */
public record Provenance(
    String source, SourceKind sourceKind, String gitRemote, String gitCommit, String gitBranch,
    Instant timestamp, String toolVersion, String sourceSha256, java.util.List<SharedSource> sharedSources) {

  public Provenance(String source, SourceKind sourceKind, String gitRemote, String gitCommit, String gitBranch,
      Instant timestamp, String toolVersion, String sourceSha256) {
    this(source, sourceKind, gitRemote, gitCommit, gitBranch, timestamp, toolVersion, sourceSha256, null);
  }

  public Provenance(String source, SourceKind sourceKind, String gitRemote, String gitCommit, String gitBranch,
      Instant timestamp, String toolVersion) {
    this(source, sourceKind, gitRemote, gitCommit, gitBranch, timestamp, toolVersion, null, null);
  }

  public Provenance {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(toolVersion, "toolVersion");
    // whatever a front end passes, no credential reaches a report
    source = Urls.redact(source);
    gitRemote = Urls.redact(gitRemote);
    sharedSources = sharedSources == null ? java.util.List.of() : sharedSources.stream().sorted().toList();
  }
}
