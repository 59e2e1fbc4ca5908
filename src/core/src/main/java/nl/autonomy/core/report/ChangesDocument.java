package nl.autonomy.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import nl.autonomy.core.diff.Changes;

/**
 * The top level of {@code diff.json} ({@code autonomy diff --format json}): which shape it has,
 * what wrote it, and the changes. Written with the same rules as report.json (docs/diff.md).
 *
 * @param schemaVersion the shape's version, {@value #SCHEMA_VERSION}
 * @param tool what wrote it
 * @param changes what changed
 */
public record ChangesDocument(String schemaVersion, ReportDocument.Tool tool, Changes changes) {

  public static final String SCHEMA_VERSION = "1";

  public ChangesDocument {
    Objects.requireNonNull(changes, "changes");
    schemaVersion = schemaVersion == null ? SCHEMA_VERSION : schemaVersion;
    tool = tool == null ? ReportDocument.Tool.autonomy() : tool;
  }

  public static ChangesDocument of(Changes changes) {
    return new ChangesDocument(SCHEMA_VERSION, ReportDocument.Tool.autonomy(), changes);
  }

  /** The document's text: two-space indent, {@code \n} line ends, a final newline. */
  public String toJson() {
    try {
      return JsonSupport.prettyWriter().writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("changes could not be written as JSON (a bug): " + e.getMessage(), e);
    }
  }

  /** Reads a saved diff.json back. */
  public static ChangesDocument read(Path file) throws IOException {
    try {
      return JsonSupport.newMapper().readValue(Files.readAllBytes(file), ChangesDocument.class);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not an Autonomy diff.json: " + e.getOriginalMessage(), e);
    }
  }
}
