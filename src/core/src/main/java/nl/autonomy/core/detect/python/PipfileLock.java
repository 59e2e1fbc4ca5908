package nl.autonomy.core.detect.python;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import nl.autonomy.core.detect.support.LineLocator;
import nl.autonomy.core.detect.support.SafeFiles;
import nl.autonomy.core.detect.support.StrictParsers;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Pipfile.lock: {@code default} (ships) and {@code develop} (builds) maps of pinned packages, streamed
 * for their lines. The file holds no edges; which are direct comes from the Pipfile next to it.
 */
final class PipfileLock {

  private static final JsonFactory JSON = StrictParsers.JSON;

  private PipfileLock() {
  }

  static void read(WorkspaceFile file, long maxBytes, PyLockGraph g) throws IOException {
    try (InputStream in = SafeFiles.open(file, maxBytes); JsonParser p = JSON.createParser(in)) {
      try {
        StrictParsers.startObject(p, "Pipfile.lock", "a JSON object");
        readSections(p, g);
      } catch (JsonProcessingException e) {
        throw StrictParsers.located(p, e);
      }
    }
  }

  private static void readSections(JsonParser p, PyLockGraph g) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String section = p.currentName();
      if (p.nextToken() == JsonToken.START_OBJECT && (section.equals("default") || section.equals("develop"))) {
        readSection(p, section.equals("default") ? Scope.RUNTIME : Scope.BUILD, g);
      } else {
        p.skipChildren();
      }
    }
  }

  private static void readSection(JsonParser p, Scope scope, PyLockGraph g) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int line = LineLocator.line(p);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String version = null;
      String git = null;
      String ref = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_STRING) {
          switch (field) {
            case "version" -> version = p.getText().replaceFirst("^===?", "");
            case "git" -> git = p.getText();
            case "ref" -> ref = p.getText();
            default -> { }
          }
        } else {
          p.skipChildren();
        }
      }
      String vcs = git == null ? null : (git.startsWith("git+") ? git : "git+" + git) + (ref == null ? "" : "@" + ref);
      g.add(name, version != null ? version : ref, vcs, line, scope, false);
    }
  }
}
