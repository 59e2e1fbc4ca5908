package nl.autonomy.core.detect.npm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.detect.support.LineLocator;
import nl.autonomy.core.detect.support.SafeFiles;
import nl.autonomy.core.detect.support.StrictParsers;
import nl.autonomy.core.source.WorkspaceFile;

/** Reads a package.json with a streaming parser, keeping the line of each declared dependency. */
final class PackageJsonReader {

  /** A package.json is small; one larger than this is not a manifest worth trusting. */
  static final long MAX_BYTES = 8L * 1024 * 1024;

  static final JsonFactory JSON = StrictParsers.JSON;

  private PackageJsonReader() {
  }

  static PackageJson read(WorkspaceFile file) throws IOException {
    try (InputStream in = SafeFiles.open(file, MAX_BYTES); JsonParser p = JSON.createParser(in)) {
      try {
        StrictParsers.startObject(p, "package.json", "a JSON object");
        return readFields(file, p);
      } catch (JsonProcessingException e) {
        throw StrictParsers.located(p, e);
      }
    }
  }

  private static PackageJson readFields(WorkspaceFile file, JsonParser p) throws IOException {
    String name = null;
    String version = null;
    String license = null;
    int nameLine = 0;
    List<String> workspaces = new ArrayList<>();
    List<PackageJson.Dependency> deps = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      Optional<PackageJson.Kind> kind = PackageJson.Kind.ofField(field);
      if (field.equals("name") && value == JsonToken.VALUE_STRING) {
        name = p.getText();
        nameLine = LineLocator.line(p);
      } else if (field.equals("version") && value == JsonToken.VALUE_STRING) {
        version = p.getText();
      } else if (field.equals("license") && value == JsonToken.VALUE_STRING) {
        license = p.getText();
      } else if (field.equals("workspaces")) {
        readWorkspaces(p, workspaces);
      } else if (kind.isPresent() && value == JsonToken.START_OBJECT) {
        readDependencies(p, kind.get(), deps);
      } else {
        p.skipChildren();
      }
    }
    return new PackageJson(file.path(), name, version, license, workspaces, deps, nameLine);
  }

  private static void readDependencies(JsonParser p, PackageJson.Kind kind, List<PackageJson.Dependency> out)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String dep = p.currentName();
      int line = LineLocator.line(p);
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_STRING) {
        out.add(new PackageJson.Dependency(dep, p.getText(), kind, line));
      } else {
        p.skipChildren();
      }
    }
  }

  private static void readWorkspaces(JsonParser p, List<String> out) throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      readStrings(p, out);
    } else if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        if (p.nextToken() == JsonToken.START_ARRAY && field.equals("packages")) {
          readStrings(p, out);
        } else {
          p.skipChildren();
        }
      }
    } else {
      p.skipChildren();
    }
  }

  static void readStrings(JsonParser p, List<String> out) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      if (t == JsonToken.VALUE_STRING) {
        out.add(p.getText());
      } else {
        p.skipChildren();
      }
    }
  }
}
