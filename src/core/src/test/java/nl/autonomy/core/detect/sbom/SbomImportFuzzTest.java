package nl.autonomy.core.detect.sbom;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.Problem;

/**
 * Supplier SBOMs come from outside: each reader is fuzzed directly, below {@link SbomDetector}'s
 * last-resort catch (which would turn an escaping exception into a problem and hide the bug). A
 * finding is any exception that escapes a reader, or a problem that names no file. In a normal
 * build each test runs its seed corpus ({@code SbomImportFuzzTestInputs/<method>/}) in regression
 * mode; with {@code JAZZER_FUZZ=1} one of them is fuzzed (docs/robustness.md).
 */
class SbomImportFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void cycloneDxJson(byte[] data) {
    check(CycloneDxReader.read("bom.cdx.json", data, false));
  }

  @FuzzTest(maxDuration = "10m")
  void cycloneDxXml(byte[] data) {
    check(CycloneDxReader.read("bom.cdx.xml", data, true));
  }

  @FuzzTest(maxDuration = "10m")
  void spdx2Json(byte[] data) {
    check(Spdx2Reader.read("sbom.spdx.json", data, false));
  }

  @FuzzTest(maxDuration = "10m")
  void spdx2TagValue(byte[] data) {
    check(Spdx2Reader.read("sbom.spdx", data, true));
  }

  @FuzzTest(maxDuration = "10m")
  void spdx3JsonLd(byte[] data) {
    check(Spdx3Reader.read("sbom.spdx3.jsonld", data));
  }

  private static void check(Detection d) {
    for (Problem p : d.problems()) {
      if (p.location() == null || p.location().file().isBlank()) {
        throw new AssertionError("a problem without a file: " + p);
      }
    }
  }
}
