package nl.autonomy.core.detect.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Blank-line separated records of {@code Field: value} lines with indented continuation lines, as
 * dpkg's {@code status} and Debian's machine-readable {@code copyright} write them; apk's {@code
 * installed} uses the same shape with one-letter keys ({@code P:name}). Each stanza keeps the line
 * it starts on, for evidence.
 */
final class Stanzas {

  /** One record: its fields in order (the first value of a repeated field) and its first line. */
  record Stanza(Map<String, String> fields, int line) {

    String get(String key) {
      return fields.get(key);
    }
  }

  private Stanzas() {
  }

  static List<Stanza> parse(String text) {
    List<Stanza> out = new ArrayList<>();
    Map<String, String> fields = new LinkedHashMap<>();
    String last = null;
    int start = 0;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        if (!fields.isEmpty()) {
          out.add(new Stanza(fields, start));
        }
        fields = new LinkedHashMap<>();
        last = null;
        continue;
      }
      if (fields.isEmpty()) {
        start = i + 1;
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
        fields.put(last, fields.get(last) + "\n" + line.strip());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      last = line.substring(0, colon).strip();
      fields.putIfAbsent(last, line.substring(colon + 1).strip());
    }
    if (!fields.isEmpty()) {
      out.add(new Stanza(fields, start));
    }
    return out;
  }
}
