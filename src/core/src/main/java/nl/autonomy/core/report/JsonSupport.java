package nl.autonomy.core.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.internal.IdentifiedEnumModule;

/**
 * The one Jackson set-up for Autonomy's own JSON ({@code report.json}), so that every writer and
 * reader agrees on the shape: records by their components in declaration order (never by getters,
 * so helper methods such as {@code isKnown()} are not written), maps sorted by key, instants as
 * ISO-8601 strings, enums as their lower-case ids, nulls left out, unknown fields ignored on
 * reading (a newer report can be read by an older Autonomy), and {@code \n} line ends everywhere.
 *
 * <p>The scan's duration is left out: it is the one value that differs between two scans of the
 * same input, and report.json must be byte-for-byte reproducible. A result read back has duration 0.
 */
public final class JsonSupport {

  private static final ObjectMapper MAPPER = newMapper();

  private JsonSupport() {
  }

  @JsonIgnoreProperties("durationMillis")
  private abstract static class WithoutDuration {
  }

  /** A new mapper with Autonomy's settings; callers may keep and share it (it is thread-safe). */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new IdentifiedEnumModule())
        .addMixIn(ScanResult.class, WithoutDuration.class)
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.CLOSE_CLOSEABLE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** Pretty-printed with two spaces and {@code \n}, whatever the platform's line separator. */
  public static ObjectWriter prettyWriter() {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return MAPPER.writer(printer);
  }

  /** Writes {@code report.json}'s document, leaving the stream open. */
  public static void writeReport(ScanResult result, OutputStream out) throws IOException {
    prettyWriter().writeValue(out, ReportDocument.of(result));
    out.write('\n');
  }

  /** {@code report.json}'s text for a result. */
  public static String toJson(ScanResult result) {
    try {
      return prettyWriter().writeValueAsString(ReportDocument.of(result)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a scan result could not be written as JSON (a bug): " + e.getMessage(), e);
    }
  }

  /**
   * Reads a saved {@code report.json} back (for {@code --baseline}, re-evaluation and diffs).
   *
   * @throws IOException when the file cannot be read, is not a report, or has a schema version
   *     this Autonomy does not know; the message names the file
   */
  public static ReportDocument readDocument(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      ReportDocument doc;
      try {
        doc = MAPPER.readValue(in, ReportDocument.class);
      } catch (JsonProcessingException | RuntimeException e) {
        throw new IOException(file + ": not an Autonomy report.json: " + e.getMessage(), e);
      }
      if (doc == null || !ReportDocument.SCHEMA_VERSION.equals(doc.schemaVersion())) {
        throw new IOException(file + ": report.json schema version "
            + (doc == null ? "missing" : "'" + doc.schemaVersion() + "'") + " is not supported; this Autonomy reads "
            + ReportDocument.SCHEMA_VERSION + " (write the report again with this version)");
      }
      return doc;
    }
  }

  /** The scan result of a saved {@code report.json}; see {@link #readDocument(Path)}. */
  public static ScanResult readResult(Path file) throws IOException {
    return readDocument(file).result();
  }
}
