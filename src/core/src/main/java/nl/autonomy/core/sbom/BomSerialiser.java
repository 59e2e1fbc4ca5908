package nl.autonomy.core.sbom;

import java.io.IOException;
import java.io.OutputStream;
import org.cyclonedx.Version;
import org.cyclonedx.generators.json.BomJsonGenerator;
import org.cyclonedx.generators.xml.BomXmlGenerator;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.BomReference;
import org.cyclonedx.util.mixin.MixInBomReference;

/**
 * CycloneDX Core Java's own serialisation of a BOM, streamed to an {@link OutputStream} instead of
 * built as a string (its {@code toJsonString}), a JSON tree ({@code toJsonNode}) or a DOM
 * ({@code generate}): for a BOM of 100,000 components those copies are what took gigabytes. The
 * generators' configured Jackson mappers (CycloneDX's serialisers, the version's annotation
 * introspector) are reached by subclassing; the bytes are exactly the generators' own.
 */
final class BomSerialiser {

  private BomSerialiser() {
  }

  /** Compact JSON, as {@code toJson(bom, false)} writes it. */
  static void json(Bom bom, Version version, OutputStream out) throws IOException {
    new Json(bom, version).write(out, false);
  }

  /**
   * Pretty JSON, as {@code toJsonString()} writes it (the text the serial number is derived from).
   */
  static void prettyJson(Bom bom, Version version, OutputStream out) throws IOException {
    new Json(bom, version).write(out, true);
  }

  /** Compact XML without prolog, as CycloneDX's XML mapper writes it. */
  static void xml(Bom bom, Version version, OutputStream out) throws IOException {
    new Xml(bom, version).write(out);
  }

  private static final class Json extends BomJsonGenerator {

    Json(Bom bom, Version version) {
      super(bom, version);
    }

    void write(OutputStream out, boolean pretty) throws IOException {
      // as BomJsonGenerator.toJson: references are written as plain strings
      mapper.addMixIn(BomReference.class, MixInBomReference.class);
      if (pretty) {
        com.fasterxml.jackson.core.util.DefaultPrettyPrinter printer =
            new com.fasterxml.jackson.core.util.DefaultPrettyPrinter();
        printer.indentArraysWith(com.fasterxml.jackson.core.util.DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        mapper.writer(printer).writeValue(NoClose.of(out), bom);
      } else {
        mapper.writeValue(NoClose.of(out), bom);
      }
    }
  }

  private static final class Xml extends BomXmlGenerator {

    Xml(Bom bom, Version version) {
      super(bom, version);
    }

    void write(OutputStream out) throws IOException {
      mapper.writeValue(NoClose.of(out), bom);
    }
  }

  /** Jackson closes the stream it was given; the caller owns it. */
  private static final class NoClose extends java.io.FilterOutputStream {

    private NoClose(OutputStream out) {
      super(out);
    }

    static OutputStream of(OutputStream out) {
      return new NoClose(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
