package nl.autonomy.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.JsonSupport;

/**
 * What makes two runs the same run: the source, the revision scanned and the policy digest. A
 * run's id is the SHA-256 of the three, so every process computes the same id for the same run.
 */
public final class RunKeys {

  private RunKeys() {
  }

  public static String runId(String source, String revision, String policyDigest) {
    return sha256(source + "\n" + revision + "\n" + policyDigest);
  }

  /**
   * The revision of a scan: the git commit; else the archive's SHA-256; else (a folder outside
   * git, a report without either) the SHA-256 of what was found — components and services — so
   * an unchanged folder is the same run and a changed one a new run.
   */
  public static String revision(ScanResult result) {
    var p = result.inventory().provenance();
    if (p.gitCommit() != null) {
      return p.gitCommit();
    }
    if (p.sourceSha256() != null) {
      return "sha256:" + p.sourceSha256();
    }
    try {
      String found = JsonSupport.newMapper().writeValueAsString(
          List.of(result.inventory().components(), result.inventory().services()));
      return "content:sha256:" + sha256(found);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the inventory could not be written as JSON (a bug): " + e.getMessage(), e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
