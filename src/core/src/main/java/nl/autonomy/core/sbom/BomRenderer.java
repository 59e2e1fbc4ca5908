package nl.autonomy.core.sbom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cyclonedx.Format;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.Parser;
import org.cyclonedx.parsers.XmlParser;

/**
 * Serialises a BOM as CycloneDX 1.6 JSON or XML with CycloneDX Core Java and validates the bytes
 * against the schema before anyone sees them. Line ends are always {@code \n}.
 */
public final class BomRenderer {

  public static final Version VERSION = Version.VERSION_16;

  private BomRenderer() {
  }

  /**
   * The BOM's bytes in {@code format}, schema-valid.
   *
   * @throws BomValidationException when the schema rejects them (a bug in the mapping)
   */
  public static byte[] render(Bom bom, Format format) throws IOException {
    String text;
    try {
      text = format == Format.JSON
          ? BomGeneratorFactory.createJson(VERSION, bom).toJsonString()
          : BomGeneratorFactory.createXml(VERSION, bom).toXmlString();
    } catch (GeneratorException e) {
      throw new IOException("the CycloneDX " + format.getExtension() + " BOM could not be generated: "
          + e.getMessage(), e);
    }
    byte[] bytes = (text.replace("\r\n", "\n").stripTrailing() + "\n").getBytes(StandardCharsets.UTF_8);
    validate(bytes, format);
    return bytes;
  }

  /**
   * Validates CycloneDX 1.6 bytes with CycloneDX Core Java's JSON Schema or XSD.
   *
   * @throws BomValidationException listing the violations
   */
  public static void validate(byte[] bytes, Format format) throws IOException {
    Parser parser = format == Format.JSON ? new JsonParser() : new XmlParser();
    List<ParseException> errors = parser.validate(bytes, VERSION);
    if (!errors.isEmpty()) {
      throw new BomValidationException(format.getExtension(), errors.stream().map(Throwable::getMessage).toList());
    }
  }
}
