package nl.autonomy.core.detect.sbom;

import static nl.autonomy.core.detect.sbom.SbomFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Copyright;
import nl.autonomy.core.source.SbomFiles;
import org.junit.jupiter.api.Test;

/**
 * A supplier SBOM's copyright statements become the component's, one a line, with the SBOM named
 * as their source: CycloneDX {@code copyright} (JSON and XML), SPDX 2 {@code copyrightText} (JSON
 * and tag-value), SPDX 3 {@code software_copyrightText}. {@code NOASSERTION} is no statement.
 */
class SbomCopyrightTest {

  @Test
  void cycloneDxJsonCopyrightIsReadLineByLineWithTheSbomAsItsSource() {
    Detection d = read("supplier.cdx.json", fixture("cdxgen-npm.cdx.json").replace(
        "\"description\": \"Lodash modular utilities.\",",
        "\"description\": \"Lodash modular utilities.\",\n      \"copyright\": "
            + "\"Copyright OpenJS Foundation and other contributors <https://openjsf.org/>\\n"
            + "Copyright OpenJS Foundation and other contributors <https://openjsf.org/>\\n\\u001b[2J\","));

    assertThat(d.problems()).isEmpty();
    Component lodash = component(d, "lodash");
    assertThat(lodash.copyrights()).singleElement().satisfies(c -> {
      // repeated lines once, control characters never kept
      assertThat(c.lines()).containsExactly("Copyright OpenJS Foundation and other contributors <https://openjsf.org/>", "[2J");
      assertThat(c.detector()).isEqualTo(SbomDetector.ID);
      assertThat(c.source().file()).isEqualTo("supplier.cdx.json");
      assertThat(c.source().line()).isGreaterThan(20);
    });
    assertThat(component(d, "storage-blob").copyrights()).isEmpty();
  }

  @Test
  void cycloneDxXmlCopyrightIsRead() {
    Detection d = read("bom.xml", fixture("cyclonedx-maven-plugin.bom.xml").replace(
        "          <id>Apache-2.0</id>\n        </license>\n      </licenses>",
        "          <id>Apache-2.0</id>\n        </license>\n      </licenses>\n"
            + "      <copyright>Copyright (C) 2007 The Guava Authors</copyright>"));

    assertThat(d.problems()).isEmpty();
    assertThat(component(d, "guava").copyrightLines()).containsExactly("Copyright (C) 2007 The Guava Authors");
    assertThat(component(d, "junit").copyrights()).isEmpty();
  }

  @Test
  void spdx2CopyrightTextIsReadAndNoAssertionIsNone() {
    Detection json = read("sbom.spdx.json", fixture("spdx23-syft.spdx.json").replaceFirst(
        "\"copyrightText\": \"NOASSERTION\"", "\"copyrightText\": \"Copyright 2024 Leverancier B.V.\""));
    assertThat(json.problems()).isEmpty();
    assertThat(json.projects()).singleElement().satisfies(p -> {
      assertThat(p.copyrightLines()).containsExactly("Copyright 2024 Leverancier B.V.");
      assertThat(p.copyrights().get(0).source().file()).isEqualTo("sbom.spdx.json");
    });
    assertThat(json.components()).allMatch(c -> c.copyrights().isEmpty());

    Detection tagValue = read("sbom.spdx", fixture("spdx23-tag-value.spdx").replace(
        "PackageLicenseDeclared: MIT\nPackageCopyrightText: NOASSERTION",
        "PackageLicenseDeclared: MIT\nPackageCopyrightText: <text>Copyright (c) 2009-2014 TJ Holowaychuk\n"
            + "Copyright (c) 2013-2014 Roman Shtylman</text>"));
    assertThat(tagValue.problems()).isEmpty();
    assertThat(component(tagValue, "express").copyrightLines()).containsExactly(
        "Copyright (c) 2009-2014 TJ Holowaychuk", "Copyright (c) 2013-2014 Roman Shtylman");
  }

  @Test
  void spdx3CopyrightTextIsRead() {
    Detection d = read("sbom.spdx3.jsonld", fixture("spdx301-app.spdx3.jsonld").replace(
        "\"software_primaryPurpose\": \"library\",",
        "\"software_primaryPurpose\": \"library\",\n      \"software_copyrightText\": \"Copyright (C) 2007 The Guava Authors\","));

    assertThat(d.problems()).isEmpty();
    assertThat(component(d, "guava").copyrights()).singleElement()
        .extracting(Copyright::lines).asList().containsExactly("Copyright (C) 2007 The Guava Authors");
    assertThat(d.projects()).singleElement().satisfies(p -> assertThat(p.copyrights()).isEmpty());
  }

  private static String fixture(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static Detection read(String name, String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return SbomDetector.read(name, b, SbomFiles.sniff(b).orElseThrow());
  }

  private static Component component(Detection d, String name) {
    return d.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }
}
