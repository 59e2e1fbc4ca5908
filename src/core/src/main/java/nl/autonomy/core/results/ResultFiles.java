package nl.autonomy.core.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.diff.DiffInput;
import nl.autonomy.core.diff.InputKind;
import nl.autonomy.core.diff.StoredRuns;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.core.source.RegularFiles;

/**
 * Reads a saved result for a comparison, whatever it is: Autonomy's {@code report.json}, or a
 * CycloneDX SBOM in JSON or XML (Autonomy's own, with its {@code autonomy:} properties, or any
 * other tool's), recognised by content rather than by file name.
 */
public final class ResultFiles {

  /** The prefix of a ledger run in {@code autonomy diff}: {@code run:42}. */
  public static final String RUN_PREFIX = "run:";

  private static final ObjectMapper JSON = JsonSupport.newMapper();

  private final Catalog catalog;
  private final Optional<StoredRuns> runs;

  /**
   * @param catalog classifies the components of an SBOM that carries no {@code autonomy:} facts
   * @param runs the ledger's runs, when there is a ledger
   */
  public ResultFiles(Catalog catalog, Optional<StoredRuns> runs) {
    this.catalog = catalog;
    this.runs = runs;
  }

  /**
   * A file, or {@code run:ID} when a ledger is at hand.
   *
   * @throws IOException naming the file (and, for malformed JSON or XML, the place) when it
   *     cannot be read or is neither a report.json nor a CycloneDX SBOM
   */
  public DiffInput read(String argument) throws IOException {
    if (argument.startsWith(RUN_PREFIX) && !Files.exists(Path.of(argument))) {
      String id = argument.substring(RUN_PREFIX.length());
      if (runs.isEmpty()) {
        throw new IOException(argument + ": no portfolio ledger to read runs from");
      }
      return runs.get().run(id).orElseThrow(() -> new IOException(argument + ": no such run in the ledger"));
    }
    return read(Path.of(argument));
  }

  public DiffInput read(Path file) throws IOException {
    RegularFiles.require(file, "the file to compare");
    String label = String.valueOf(file.getFileName());
    byte[] bytes = Files.readAllBytes(file);
    int first = firstSignificant(bytes);
    if (first < 0) {
      throw new IOException(file + ": the file is empty");
    }
    if (bytes[first] == '<') {
      return new DiffInput(label, InputKind.CYCLONEDX_XML, CycloneDxResults.fromXml(file, bytes, label, catalog));
    }
    if (bytes[first] != '{') {
      throw new IOException(file + ": neither an Autonomy report.json nor a CycloneDX SBOM (JSON or XML)");
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(bytes);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw new IOException(file + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }
    if ("CycloneDX".equals(tree.path("bomFormat").asText())) {
      return new DiffInput(label, InputKind.CYCLONEDX_JSON, CycloneDxResults.fromJson(file, bytes, label, catalog));
    }
    if (tree.has("schemaVersion") && tree.has("result")) {
      ScanResult result = JsonSupport.readResult(file);
      return new DiffInput(label, InputKind.REPORT_JSON, result);
    }
    throw new IOException(file + ": neither an Autonomy report.json (no schemaVersion and result) nor a CycloneDX"
        + " SBOM (no \"bomFormat\": \"CycloneDX\")");
  }

  private static int firstSignificant(byte[] bytes) {
    int i = 0;
    // a UTF-8 byte order mark
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      i = 3;
    }
    for (; i < bytes.length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return i;
      }
    }
    return -1;
  }
}
