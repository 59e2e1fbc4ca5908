package nl.autonomy.core.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.autonomy.core.model.Subject;

/**
 * Stable ids for findings: rule, subject kind and the subject without its version, so that a
 * finding on {@code azure-storage-blob@12.25.0} is the same finding after an upgrade to 12.26.0 and
 * a baseline keeps recognising it.
 */
public final class Fingerprints {

  private Fingerprints() {
  }

  public static String of(String ruleId, Subject.Kind kind, String ref) {
    return sha256(ruleId + '\u0000' + kind.id() + '\u0000' + versionless(ref)).substring(0, 32);
  }

  /** {@code pkg:maven/g/a@1.0?type=jar} becomes {@code pkg:maven/g/a?type=jar}. */
  static String versionless(String ref) {
    if (!ref.startsWith("pkg:")) {
      return ref;
    }
    int at = ref.indexOf('@', ref.lastIndexOf('/') + 1);
    if (at < 0) {
      return ref;
    }
    int end = ref.length();
    for (char c : new char[] {'?', '#'}) {
      int i = ref.indexOf(c, at);
      if (i >= 0) {
        end = Math.min(end, i);
      }
    }
    return ref.substring(0, at) + ref.substring(end);
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
