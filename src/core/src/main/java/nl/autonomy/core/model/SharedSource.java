package nl.autonomy.core.model;

import java.util.Objects;

/**
 * A catalog or policy taken from a git repository shared between organisations, as the scan used it.
 *
 * @param kind {@code catalog} or {@code policy}
 * @param spec what the user wrote, {@code git+https://host/org/repo.git#REF:path/file.yaml}, without
 *     credentials
 * @param ref the branch, tag or commit named
 * @param commit the commit the file was read from (the pin)
 * @param path the file's path in the repository
 * @param sha256 {@code sha256:} digest of the file's bytes
 */
public record SharedSource(String kind, String spec, String ref, String commit, String path, String sha256)
    implements Comparable<SharedSource> {

  public SharedSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(sha256, "sha256");
    spec = nl.autonomy.core.text.Urls.redact(spec);
  }

  @Override
  public int compareTo(SharedSource o) {
    int c = kind.compareTo(o.kind);
    return c != 0 ? c : spec.compareTo(o.spec);
  }
}
