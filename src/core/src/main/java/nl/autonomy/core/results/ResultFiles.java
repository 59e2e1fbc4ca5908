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

  private final java.util.function.Supplier<Catalog> catalog;
  private final Optional<StoredRuns> runs;
  private Catalog loaded;

  /**
   * @param catalog classifies the components of an SBOM that carries no {@code autonomy:} facts
   * @param runs the ledger's runs, when there is a ledger
   */
  public ResultFiles(Catalog catalog, Optional<StoredRuns> runs) {
    this(() -> catalog, runs);
  }

  /** With the catalog loaded only when an SBOM needs it (two report.json files never do). */
  public ResultFiles(java.util.function.Supplier<Catalog> catalog, Optional<StoredRuns> runs) {
    this.catalog = catalog;
    this.runs = runs;
  }

  private synchronized Catalog catalog() {
    if (loaded == null) {
      loaded = catalog.get();
    }
    return loaded;
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
    String label = label(file);
    byte[] bytes = Files.readAllBytes(file);
    int first = firstSignificant(bytes);
    if (first < 0) {
      throw new IOException(file + ": the file is empty");
    }
    if (bytes[first] == '<') {
      return new DiffInput(label, InputKind.CYCLONEDX_XML, CycloneDxResults.fromXml(file, bytes, label, catalog()));
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
      return new DiffInput(label, InputKind.CYCLONEDX_JSON, CycloneDxResults.fromJson(file, bytes, label, catalog()));
    }
    if (tree.has("schemaVersion") && tree.has("result")) {
      ScanResult result = JsonSupport.readResult(file);
      return new DiffInput(label, InputKind.REPORT_JSON, result);
    }
    throw new IOException(file + ": neither an Autonomy report.json (no schemaVersion and result) nor a CycloneDX"
        + " SBOM (no \"bomFormat\": \"CycloneDX\")");
  }

  /**
   * How the file is named in the comparison: the path as given when relative, else its folder and
   * name ({@code out-1.4/report.json}), so that two {@code report.json} files can be told apart and
   * no absolute path (a user's home) reaches a pull-request comment.
   */
  static String label(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return file.toString();
    }
    if (!file.isAbsolute()) {
      return file.normalize().toString().replace('\\', '/');
    }
    Path parent = file.getParent() == null ? null : file.getParent().getFileName();
    return parent == null ? name.toString() : parent + "/" + name;
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
