package nl.autonomy.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises SBOM documents by their content, not their name: a supplier names its SBOM
 * {@code bom.json}, {@code app-1.0-cyclonedx.json}, {@code sbom.spdx} or anything else. The path
 * only says which files are worth a look (text formats an SBOM can be written in); the first
 * kilobytes decide.
 */
public final class SbomFiles {

  /** How much of a file is read to recognise it: the format markers sit at the top. */
  static final int HEAD = 16 * 1024;

  /** Manifests that are never SBOMs: their detectors read them, no need to look. */
  private static final Set<String> NEVER = Set.of("pom.xml", "package.json", "package-lock.json",
      "composer.json", "composer.lock", "tsconfig.json", "jsconfig.json", "angular.json", "project.json",
      "packages.lock.json", "npm-shrinkwrap.json", "deno.json", "renovate.json", "settings.xml", "web.xml");

  /** The SBOM formats Autonomy reads. */
  public enum Kind {
    CYCLONEDX_JSON("CycloneDX", "json"),
    CYCLONEDX_XML("CycloneDX", "xml"),
    SPDX2_JSON("SPDX", "json"),
    SPDX2_TAG_VALUE("SPDX", "tag-value"),
    SPDX3_JSON_LD("SPDX", "json-ld");

    private final String format;
    private final String encoding;

    Kind(String format, String encoding) {
      this.format = format;
      this.encoding = encoding;
    }

    public String format() {
      return format;
    }

    public String encoding() {
      return encoding;
    }
  }

  private SbomFiles() {
  }

  /** Whether a file of this name may hold an SBOM (judged from the name alone, cheap). */
  public static boolean mayBe(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (NEVER.contains(n)) {
      return false;
    }
    return n.endsWith(".json") || n.endsWith(".xml") || n.endsWith(".spdx") || n.endsWith(".jsonld")
        || n.endsWith(".cdx") || n.endsWith(".bom") || n.endsWith(".spdx.txt") || n.endsWith(".tv");
  }

  /** The SBOM format of a file, or empty when it holds none (or cannot be read). */
  public static Optional<Kind> sniff(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return sniff(in.readNBytes(HEAD));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The SBOM format of a document that starts with {@code head}. */
  public static Optional<Kind> sniff(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    if (text.startsWith("{")) {
      String compact = text.replaceAll("\\s+", "");
      if (compact.contains("\"bomFormat\":\"CycloneDX\"")) {
        return Optional.of(Kind.CYCLONEDX_JSON);
      }
      if (compact.contains("\"spdxVersion\":\"SPDX-")) {
        return Optional.of(Kind.SPDX2_JSON);
      }
      if (compact.contains("\"@context\"") && compact.contains("spdx.org/rdf/3.")) {
        return Optional.of(Kind.SPDX3_JSON_LD);
      }
      return Optional.empty();
    }
    if (text.startsWith("<")) {
      return text.contains("http://cyclonedx.org/schema/bom/") ? Optional.of(Kind.CYCLONEDX_XML) : Optional.empty();
    }
    // tag-value: "SPDXVersion: SPDX-2.3" on the first line that is neither blank nor a comment
    for (String line : text.split("\\R", 50)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      return l.startsWith("SPDXVersion:") ? Optional.of(Kind.SPDX2_TAG_VALUE) : Optional.empty();
    }
    return Optional.empty();
  }
}
