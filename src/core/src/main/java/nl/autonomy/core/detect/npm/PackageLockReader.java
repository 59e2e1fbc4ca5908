package nl.autonomy.core.detect.npm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.detect.support.LineLocator;
import nl.autonomy.core.detect.support.SafeFiles;
import nl.autonomy.core.detect.support.ShapeNote;
import nl.autonomy.core.detect.support.StrictParsers;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Streams a package-lock.json or npm-shrinkwrap.json (versions 1, 2 and 3) into {@link LockEntry}s
 * with Jackson's {@link JsonParser}: the file is never held as a tree, so memory grows with the number
 * of packages, not with the size of the file. Version 2 files carry both the {@code packages} map and
 * the legacy {@code dependencies} tree; the {@code packages} map wins.
 */
final class PackageLockReader {

  private PackageLockReader() {
  }

  /** What the file holds. */
  record Lock(int lockfileVersion, String name, String version, List<LockEntry> entries, List<ShapeNote> shapes) {
  }

  static Lock read(WorkspaceFile file, long maxBytes) throws IOException {
    try (InputStream in = SafeFiles.open(file, maxBytes); JsonParser p = PackageJsonReader.JSON.createParser(in)) {
      try {
        StrictParsers.startObject(p, "a package lockfile", "a JSON object");
        return readFields(p);
      } catch (JsonProcessingException e) {
        throw StrictParsers.located(p, e);
      }
    }
  }

  private static Lock readFields(JsonParser p) throws IOException {
    int lockfileVersion = 1;
    String name = null;
    String version = null;
    List<LockEntry> packages = null;
    List<LockEntry> legacy = null;
    List<ShapeNote> shapes = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "lockfileVersion" -> lockfileVersion = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : 1;
        case "name" -> name = t == JsonToken.VALUE_STRING ? p.getText() : null;
        case "version" -> version = t == JsonToken.VALUE_STRING ? p.getText() : null;
        case "packages" -> packages = readPackages(p, shapes);
        case "dependencies" -> {
          if (t != JsonToken.START_OBJECT) {
            shapes.add(unexpected(p, "\"dependencies\"", "an object", t));
            p.skipChildren();
          } else if (packages == null) {
            legacy = new ArrayList<>();
            readLegacy(p, "", legacy, new StringPool(), shapes);
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + p.currentToken() + " at the top level");
    }
    List<LockEntry> entries = packages != null ? packages : legacy != null ? legacy : List.of();
    return new Lock(lockfileVersion, name, version, entries, shapes);
  }

  private static List<LockEntry> readPackages(JsonParser p, List<ShapeNote> shapes) throws IOException {
    List<LockEntry> out = new ArrayList<>();
    StringPool pool = new StringPool();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      shapes.add(unexpected(p, "\"packages\"", "an object of package entries", p.currentToken()));
      p.skipChildren();
      return out;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String path = p.currentName();
      int line = LineLocator.line(p);
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        shapes.add(unexpected(p, "the entry \"" + path + "\"", "an object", t));
        p.skipChildren();
        continue;
      }
      out.add(readEntry(p, path, line, null, pool, shapes));
    }
    return out;
  }

  static ShapeNote unexpected(JsonParser p, String what, String expected, JsonToken found) {
    return new ShapeNote(LineLocator.line(p), what + " is " + ShapeNote.describe(found) + ", not " + expected);
  }

  /** Version 1: {@code dependencies} nest; an entry's own {@code dependencies} sit in its node_modules. */
  private static void readLegacy(JsonParser p, String parent, List<LockEntry> out, StringPool pool,
      List<ShapeNote> shapes) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String installedName = p.currentName();
      int line = LineLocator.line(p);
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        shapes.add(unexpected(p, "the dependency \"" + installedName + "\"", "an object", t));
        p.skipChildren();
        continue;
      }
      String path = (parent.isEmpty() ? "" : parent + "/") + "node_modules/" + installedName;
      out.add(readEntry(p, path, line, out, pool, shapes));
    }
  }

  private static LockEntry readEntry(JsonParser p, String path, int line, List<LockEntry> legacyOut,
      StringPool pool, List<ShapeNote> shapes) throws IOException {
    EntryFields f = new EntryFields(pool, shapes);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_STRING) {
        f.string(field, p.getText());
      } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
        f.flag(field, t == JsonToken.VALUE_TRUE);
      } else if (t == JsonToken.START_OBJECT && field.equals("dependencies") && legacyOut != null) {
        readLegacy(p, path, legacyOut, pool, shapes);
      } else if (t == JsonToken.START_OBJECT && field.equals("requires") && legacyOut != null) {
        f.dependencies(p, PackageJson.Kind.PROD);
      } else if (t == JsonToken.START_OBJECT && PackageJson.Kind.ofField(field).isPresent()) {
        f.dependencies(p, PackageJson.Kind.ofField(field).get());
      } else if (t == JsonToken.START_OBJECT && field.equals("license")) {
        f.licenseObject(p);
      } else if (t == JsonToken.START_ARRAY && field.equals("licenses")) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          f.licenseObject(p);
        }
      } else {
        if (EntryFields.TYPED.containsKey(field)) {
          shapes.add(unexpected(p, "\"" + field + "\" of \"" + path + "\"", EntryFields.TYPED.get(field), t));
        }
        p.skipChildren();
      }
    }
    return legacyOut != null ? f.legacyEntry(path, line) : f.entry(path, line);
  }
}
