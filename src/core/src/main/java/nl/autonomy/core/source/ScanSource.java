package nl.autonomy.core.source;

import java.nio.file.Path;
import java.util.Objects;
import nl.autonomy.core.model.SourceKind;

/**
 * A scan input made ready as a folder.
 *
 * @param root the folder to walk
 * @param source what the user named (folder, git URL, archive path)
 * @param kind a folder, git URL, archive or SBOM
 * @param temporary true when {@code root} was made for this scan and is deleted afterwards
 * @param sha256 the archive's SHA-256, or null for a folder or git URL
 */
public record ScanSource(Path root, String source, SourceKind kind, boolean temporary, String sha256) {

  public ScanSource(Path root, String source, SourceKind kind, boolean temporary) {
    this(root, source, kind, temporary, null);
  }

  public ScanSource {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
  }
}
