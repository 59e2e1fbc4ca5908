package nl.autonomy.core.detect.signals.endpoints;

import nl.autonomy.core.detect.signals.HitContext;
import nl.autonomy.core.lockin.LockInRules;

/**
 * Whether a generic endpoint key stands where the open protocol is meant: on a line that names it
 * ({@code boto3.client("s3", endpoint_url=...)}) or in a YAML block whose keys name it (the
 * {@code bucket:} next to {@code endpoint:}, a parent {@code s3:} or {@code minio:}).
 */
final class OpenProtocolBlock {

  /** How far siblings and parents are looked for. */
  private static final int REACH = 12;

  private OpenProtocolBlock() {
  }

  static boolean names(HitContext hit, LockInRules.OpenProtocol protocol) {
    if (protocol.mentionedIn(hit.text())) {
      return true;
    }
    int indent = indent(hit.text());
    // parents: the nearest lines above with less indentation, up to the top level
    int parentIndent = indent;
    for (int offset = -1; offset >= -REACH * 4 && parentIndent > 0; offset--) {
      String line = hit.lineAt(offset);
      if (line == null) {
        break;
      }
      if (line.isBlank()) {
        continue;
      }
      int i = indent(line);
      if (i < parentIndent) {
        parentIndent = i;
        if (protocol.mentionedIn(keyOf(line))) {
          return true;
        }
      }
    }
    // siblings: lines of the same indentation in the same block, above and below
    for (int dir : new int[] {-1, 1}) {
      for (int offset = dir; Math.abs(offset) <= REACH; offset += dir) {
        String line = hit.lineAt(offset);
        if (line == null) {
          break;
        }
        if (line.isBlank()) {
          continue;
        }
        int i = indent(line);
        if (i < indent) {
          break;
        }
        if (i == indent && protocol.mentionedIn(keyOf(line))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The key of a YAML or properties line ({@code bucket} of {@code   bucket: besluiten}). */
  private static String keyOf(String line) {
    String s = line.strip();
    if (s.startsWith("- ")) {
      s = s.substring(2);
    }
    int end = 0;
    while (end < s.length() && ":=".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    return s.substring(0, end);
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
