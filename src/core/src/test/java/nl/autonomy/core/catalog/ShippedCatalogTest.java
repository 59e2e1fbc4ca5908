package nl.autonomy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedCatalogTest {

  private static final List<String> ISSUE_VENDORS = List.of("amazon", "microsoft", "google", "oracle", "ibm",
      "broadcom", "salesforce", "twilio", "okta", "datadog", "new-relic", "dynatrace", "functional-software",
      "elastic", "redis", "mongodb", "mapbox", "cloudflare", "meta", "alibaba", "tencent", "huawei", "sap",
      "ovhcloud", "scaleway", "hetzner", "ionos", "schwarz-group", "deutsche-telekom", "apache", "eclipse",
      "linux-foundation", "python-software-foundation", "dotnet-foundation");

  private final Catalog catalog = new CatalogLoader().loadDefault();

  @Test
  void shippedCatalogLoadsWithoutProblems() {
    assertThat(catalog.vendors()).isNotEmpty();
    assertThat(catalog.services()).isNotEmpty();
    assertThat(catalog.licenses()).isNotEmpty();
  }

  @Test
  void everyVendorIdTheIssueNamesExists() {
    assertThat(catalog.vendors()).extracting(VendorEntry::id).containsAll(ISSUE_VENDORS);
  }

  @Test
  void everyEntryCarriesSources() {
    assertThat(catalog.vendors()).allSatisfy(v -> assertThat(v.sources()).as(v.id()).isNotEmpty());
    assertThat(catalog.services()).allSatisfy(s -> assertThat(s.sources()).as(s.id()).isNotEmpty());
    assertThat(catalog.licenses()).allSatisfy(l -> assertThat(l.sources()).as(l.id()).isNotEmpty());
    assertThat(catalog.licenseHistory()).allSatisfy(h -> assertThat(h.sources()).as(h.id()).isNotEmpty());
    assertThat(catalog.namespaceLicenses()).allSatisfy(n -> assertThat(n.sources()).as(n.id()).isNotEmpty());
  }

  @Test
  void subsidiariesResolveToTheirUltimateOwner() {
    assertThat(catalog.ownerOf("github")).isEqualTo("microsoft");
    assertThat(catalog.ownerOf("hashicorp")).isEqualTo("ibm");
    assertThat(catalog.ownerOf("red-hat")).isEqualTo("ibm");
    assertThat(catalog.ownerOf("google")).isEqualTo("alphabet");
    assertThat(catalog.ownerOf("apache")).isEqualTo("apache");
  }

  @Test
  void serviceLookupFindsTheContractExamples() {
    ServiceEntry blob = catalog.service("azure-blob-storage").orElseThrow();
    assertThat(blob.vendor()).isEqualTo("microsoft");
    assertThat(blob.signals().packages()).contains("pkg:npm/@azure/storage-blob");
    assertThat(blob.signals().endpoints()).contains("*.blob.core.windows.net");
    assertThat(catalog.service("amazon-s3").orElseThrow().signals().imports())
        .contains("software.amazon.awssdk.services.s3");
  }

  /**
   * A YAML flow list splits at every comma, also inside parentheses: "openDesk (Nextcloud, Element)"
   * unquoted becomes two half items. Every text in the shipped catalogs must close what it opens.
   */
  @Test
  void noTextWasSplitInsideParentheses() throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
    List<String> unbalanced = new java.util.ArrayList<>();
    for (String file : List.of("vendors.yaml", "services.yaml", "licenses.yaml")) {
      try (java.io.InputStream in = getClass().getResourceAsStream("/nl/autonomy/policies/catalog/" + file)) {
        assertThat(in).as(file).isNotNull();
        collectUnbalanced(yaml.readTree(in), file, unbalanced);
      }
    }
    assertThat(unbalanced).isEmpty();
  }

  private static void collectUnbalanced(com.fasterxml.jackson.databind.JsonNode node, String where, List<String> out) {
    if (node.isTextual()) {
      String t = node.asText();
      if (t.chars().filter(c -> c == '(').count() != t.chars().filter(c -> c == ')').count()) {
        out.add(where + ": " + t);
      }
    }
    node.fields().forEachRemaining(e -> collectUnbalanced(e.getValue(), where + "." + e.getKey(), out));
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      collectUnbalanced(node.get(i), where + "[" + i + "]", out);
    }
  }
}
