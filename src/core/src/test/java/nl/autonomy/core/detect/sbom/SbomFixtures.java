package nl.autonomy.core.detect.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.SbomQuality;
import nl.autonomy.core.model.SupplierSbom;
import nl.autonomy.core.source.SbomFiles;

/** Reads the SBOM fixtures under {@code src/test/resources/sbom} the way the detector does. */
final class SbomFixtures {

  private SbomFixtures() {
  }

  static byte[] bytes(String name) {
    try (InputStream in = SbomFixtures.class.getResourceAsStream("/sbom/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Recognised by content, then read. */
  static Detection read(String name) {
    byte[] b = bytes(name);
    SbomFiles.Kind kind = SbomFiles.sniff(b).orElseThrow(() -> new AssertionError(name + " not recognised as an SBOM"));
    return SbomDetector.read(name, b, kind);
  }

  static SupplierSbom sbom(Detection d) {
    return d.sboms().get(0);
  }

  static SbomQuality.Field field(SupplierSbom s, String standard, String field) {
    return s.quality().standard(standard).fields().stream().filter(f -> f.field().equals(field)).findFirst()
        .orElseThrow(() -> new AssertionError("no field " + field + " in " + standard));
  }
}
