package nl.autonomy.resolver;

import java.nio.file.Path;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputLocationTracker;
import nl.autonomy.core.model.Location;

/**
 * Turns Maven's tracked input locations (absolute pom paths) into core {@link Location}s relative
 * to the scanned root. A declaration inherited from a POM outside the scanned folder (a parent in
 * the local repository, a BOM) is attributed to the project's own pom.xml, without a line.
 */
record ModelLocations(Path root) {

  ModelLocations {
    root = root.toAbsolutePath().normalize();
  }

  /** Where an element of a model was declared; {@code fallbackPom} when outside the root. */
  Location of(InputLocationTracker tracker, String fallbackPom) {
    InputLocation at = tracker == null ? null : tracker.getLocation("");
    if (at == null || at.getSource() == null) {
      return Location.of(fallbackPom);
    }
    // the parser reports the column where the start tag ends, which helps nobody: the line does
    return ofSource(at.getSource().getLocation(), at.getLineNumber(), 0, fallbackPom);
  }

  Location ofSource(String source, int line, int column, String fallbackPom) {
    String relative = relative(source);
    if (relative == null) {
      return Location.of(fallbackPom);
    }
    return new Location(relative, Math.max(0, line), Math.max(0, column));
  }

  /** The path of a file relative to the root with {@code /}, or null when it lies outside. */
  String relative(String file) {
    if (file == null || file.isBlank()) {
      return null;
    }
    try {
      Path p = Path.of(file).toAbsolutePath().normalize();
      if (!p.startsWith(root)) {
        return null;
      }
      return root.relativize(p).toString().replace('\\', '/');
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }
}
