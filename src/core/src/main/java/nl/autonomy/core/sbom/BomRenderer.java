package nl.autonomy.core.sbom;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.cyclonedx.Format;
import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;

/**
 * Serialises a BOM as CycloneDX 1.6 JSON or XML with CycloneDX Core Java and validates the bytes
 * against the schema before anyone sees them. Line ends are always {@code \n}.
 *
 * <p>Everything streams, so that memory does not grow with the BOM (a 50 MB lockfile gives a BOM
 * of 250 MB): CycloneDX's serialisers write compact bytes to a temporary file
 * ({@link BomSerialiser}), one pass lays them out with the timestamp into a second one
 * ({@link BomLayout}), one pass validates that ({@link BomSchemaCheck}), and only then are the
 * bytes copied to the output. Both temporary files are deleted on every way out.
 */
public final class BomRenderer {

  public static final Version VERSION = Version.VERSION_16;

  private BomRenderer() {
  }

  /**
   * Writes the BOM in {@code format}, schema-valid, to {@code out}; a component the schema rejects
   * is left out and named (see {@link BomFitter}).
   *
   * @throws BomValidationException when something other than a component is invalid (a bug)
   */
  public static void render(Bom bom, Format format, OutputStream out) throws IOException {
    Path file = Files.createTempFile("autonomy-bom-", "." + format.getExtension());
    try {
      try {
        renderExactly(bom, format, file);
      } catch (BomValidationException e) {
        renderExactly(BomFitter.fit(bom, BomFitter.SCHEMA, e), format, file);
      }
      Files.copy(file, out);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The BOM's bytes in {@code format}, schema-valid: for tests and small BOMs. */
  public static byte[] render(Bom bom, Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    render(bom, format, out);
    return out.toByteArray();
  }

  /** The bytes of exactly this BOM, or a {@link BomValidationException}. */
  static byte[] renderExactly(Bom bom, Format format) throws IOException {
    Path file = Files.createTempFile("autonomy-bom-", "." + format.getExtension());
    try {
      renderExactly(bom, format, file);
      return Files.readAllBytes(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Writes exactly this BOM to {@code target}, or throws a {@link BomValidationException}. */
  static void renderExactly(Bom bom, Format format, Path target) throws IOException {
    Date timestamp = bom.getMetadata() == null ? null : bom.getMetadata().getTimestamp();
    String stamp = timestamp == null ? null
        : DateTimeFormatter.ISO_INSTANT.format(timestamp.toInstant().truncatedTo(ChronoUnit.SECONDS));
    Path compact = Files.createTempFile("autonomy-bom-", ".compact");
    try {
      if (timestamp != null) {
        bom.getMetadata().setTimestamp(null);
      }
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(compact), 1 << 16)) {
        if (format == Format.JSON) {
          BomSerialiser.json(bom, VERSION, out);
        } else {
          BomSerialiser.xml(bom, VERSION, out);
        }
      }
      try (InputStream in = new BufferedInputStream(Files.newInputStream(compact), 1 << 16);
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
        if (format == Format.JSON) {
          BomLayout.json(in, stamp, out);
        } else {
          BomLayout.xml(in, stamp, out);
        }
      }
    } finally {
      if (timestamp != null) {
        bom.getMetadata().setTimestamp(timestamp);
      }
      Files.deleteIfExists(compact);
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(target), 1 << 16)) {
      validate(in, format);
    }
  }

  /**
   * Validates CycloneDX 1.6 bytes against the JSON Schema or XSD CycloneDX Core Java ships.
   *
   * @throws BomValidationException listing the violations
   */
  public static void validate(byte[] bytes, Format format) throws IOException {
    validate(new ByteArrayInputStream(bytes), format);
  }

  /** As {@link #validate(byte[], Format)}, reading a stream: memory does not grow with the BOM. */
  public static void validate(InputStream in, Format format) throws IOException {
    List<String> errors = format == Format.JSON ? BomSchemaCheck.json(in, VERSION) : BomSchemaCheck.xml(in, VERSION);
    if (!errors.isEmpty()) {
      throw new BomValidationException(format.getExtension(), errors);
    }
  }
}
