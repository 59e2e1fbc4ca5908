package nl.autonomy.core.catalog.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.catalog.CatalogProblem;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.EndpointKind;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.UnrecognisedEndpoint;
import nl.autonomy.core.model.UnrecognisedEndpoints;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;
import nl.autonomy.core.report.JsonSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSuggesterTest {

  private static final CatalogLoader LOADER = new CatalogLoader();
  private static final Catalog SHIPPED = LOADER.loadDefault();

  @TempDir
  Path dir;

  private static Component client() {
    String purl = "pkg:maven/nl.leverancier.zaken/zaak-client@1.0";
    return Component.builder(purl, Ecosystem.MAVEN, "zaak-client").purl(purl).group("nl.leverancier.zaken")
        .version("1.0").evidence(Evidence.manifest("maven", Location.of("pom.xml", 12), "zaak-client"))
        .vendor(new VendorRef("leverancier.nl", "leverancier.nl", null, null, List.of(), null, VendorBasis.NAMESPACE))
        .license(new LicenseInfo("LicenseRef-leverancier-eula", LicenseCategory.UNKNOWN, "declared")).build();
  }

  private static Component map() {
    String purl = "pkg:npm/%40gemeente-x/kaart@2.0.0";
    return Component.builder(purl, Ecosystem.NPM, "kaart").purl(purl).group("gemeente-x").version("2.0.0")
        .declaredLicense(new DeclaredLicense(null, "Gemeentelijke Licentie 1.0", "https://gemeente-x.nl/licentie"))
        .vendor(new VendorRef("gemeente-x.nl", "Gemeente X", null, null, List.of(), "https://gemeente-x.nl",
            VendorBasis.METADATA))
        .license(LicenseInfo.unknown()).build();
  }

  private static Component azure() {
    String purl = "pkg:maven/com.azure/azure-storage-blob@12.28.1";
    return Component.builder(purl, Ecosystem.MAVEN, "azure-storage-blob").purl(purl).group("com.azure")
        .vendor(new VendorRef("microsoft", "Microsoft", null, "US", List.of("US"), null, VendorBasis.CATALOG))
        .license(new LicenseInfo("MIT", LicenseCategory.PERMISSIVE, "declared")).build();
  }

  private static ScanResult result(List<Component> components, List<UnrecognisedEndpoint> endpoints) {
    return new ScanResult(SampleResults.inventory(components, List.of(), List.of(), List.of()), 0)
        .withUnrecognisedEndpoints(new UnrecognisedEndpoints(endpoints, 0, 1, 0));
  }

  private static List<CatalogSuggester.Scanned> scans() {
    UnrecognisedEndpoint mollie = new UnrecognisedEndpoint("api.mollie.com", EndpointKind.URL, "https://api.mollie.com",
        3, List.of(Location.of("src/main/resources/application.yml", 7)));
    UnrecognisedEndpoint db = new UnrecognisedEndpoint("sql.leverancier.nl", EndpointKind.CONNECTION_STRING,
        "sql.leverancier.nl", 1, List.of(Location.of(".env", 2)));
    // claimed by a catalog service: never suggested, even from an old report
    UnrecognisedEndpoint blob = new UnrecognisedEndpoint("x.blob.core.windows.net", EndpointKind.URL,
        "https://x.blob.core.windows.net", 1, List.of(Location.of("app.yml", 1)));
    return List.of(
        new CatalogSuggester.Scanned("a/report.json", result(List.of(client(), azure()), List.of(mollie, blob))),
        new CatalogSuggester.Scanned("b/report.json", result(List.of(client(), map()), List.of(db))));
  }

  @Test
  void suggestsWhatOnlyScansKnowWithEvidenceAndNoGuessedFacts() {
    Suggestions s = new CatalogSuggester(SHIPPED).suggest(scans());

    assertThat(s.vendors()).extracting(Suggestions.Vendor::id).containsExactly("gemeente-x.nl", "leverancier.nl");
    Suggestions.Vendor leverancier = s.vendors().get(1);
    assertThat(leverancier.name()).isNull();
    assertThat(leverancier.namespaces()).containsExactly("pkg:maven/nl.leverancier.zaken/*");
    assertThat(leverancier.evidence().count()).isEqualTo(2);
    assertThat(leverancier.evidence().reports()).containsExactly("a/report.json", "b/report.json");
    assertThat(s.vendors().get(0).namespaces()).containsExactly("pkg:npm/@gemeente-x/*");
    assertThat(s.licenses()).extracting(Suggestions.License::text).containsExactly("LicenseRef-leverancier-eula");
    assertThat(s.unresolvedLicenses()).extracting(Suggestions.License::text)
        .containsExactly("Gemeentelijke Licentie 1.0 | https://gemeente-x.nl/licentie");
    assertThat(s.services()).extracting(Suggestions.Service::id).containsExactly("leverancier-nl", "mollie-com");
    assertThat(s.services().get(0).suggestedVendor()).isEqualTo("leverancier.nl");

    String yaml = SuggestionYaml.render(s, "Autonomy test");
    assertThat(yaml).contains("# evidence: 2 components in 2 reports (a/report.json, b/report.json); basis namespace")
        .contains("#   pkg:maven/nl.leverancier.zaken/zaak-client@1.0 (pom.xml:12)")
        .contains("#   a/report.json: src/main/resources/application.yml:7 (https://api.mollie.com)")
        .contains("name: \"Gemeente X\"  # as the package metadata gives it")
        .contains("endpoints: [\"api.mollie.com\"]")
        .doesNotContain("blob.core.windows.net");
    // nothing a scan cannot know is written as a value: country, jurisdictions and kind stay comments
    assertThat(yaml.lines().filter(l -> !l.strip().startsWith("#")))
        .noneMatch(l -> l.contains("country:") || l.contains("jurisdictions:") || l.contains("kind:"));
    assertThat(SuggestionYaml.render(new CatalogSuggester(SHIPPED).suggest(scans()), "Autonomy test")).isEqualTo(yaml);
  }

  @Test
  void theYamlIsACatalogOnceTheReviewerHasFilledItsTodos() throws IOException {
    String yaml = SuggestionYaml.render(new CatalogSuggester(SHIPPED).suggest(scans()), "Autonomy test");
    Path file = dir.resolve("suggested.yaml");
    Files.writeString(file, yaml);

    // unfilled, the services cannot be used: each TODO is a problem with its line
    List<CatalogProblem> problems = LOADER.validate(file);
    assertThat(problems).isNotEmpty();
    assertThat(problems).allSatisfy(p -> assertThat(p.toString()).containsAnyOf("TODO", "lock-in", "LockInLevel"));

    String filled = yaml.replace("vendor: TODO", "vendor: microsoft").replace("category: TODO", "category: payments")
        .replace("lock-in: TODO", "lock-in: proprietary-api");
    Files.writeString(file, filled);
    assertThat(LOADER.validate(file)).isEmpty();

    // with the filled file as a catalog, nothing is left to suggest but what needs a person to read it
    Suggestions again = new CatalogSuggester(LOADER.load(List.of(file))).suggest(scans());
    assertThat(again.vendors()).isEmpty();
    assertThat(again.licenses()).isEmpty();
    assertThat(again.services()).isEmpty();
    assertThat(again.unresolvedLicenses()).hasSize(1);
  }

  @Test
  void withoutSuggestionsTheYamlStillLoads() throws IOException {
    Suggestions none = new CatalogSuggester(SHIPPED).suggest(
        List.of(new CatalogSuggester.Scanned("r.json", result(List.of(azure()), List.of()))));
    assertThat(none.isEmpty()).isTrue();
    Path file = dir.resolve("empty.yaml");
    Files.writeString(file, SuggestionYaml.render(none, "Autonomy test"));
    assertThat(LOADER.validate(file)).isEmpty();
  }

  @Test
  void reportJsonKeepsTheUnrecognisedEndpoints() throws IOException {
    ScanResult result = scans().get(0).result();
    Path file = dir.resolve("report.json");
    Files.writeString(file, JsonSupport.toJson(result));

    String json = Files.readString(file);
    assertThat(json).contains("\"unrecognisedEndpoints\"").contains("\"kind\" : \"url\"");
    assertThat(JsonSupport.readResult(file).unrecognisedEndpoints()).isEqualTo(result.unrecognisedEndpoints());
  }

  @Test
  void aReportWithoutThemReadsAsNull() throws IOException {
    Path file = dir.resolve("old.json");
    Files.writeString(file, JsonSupport.toJson(new ScanResult(SampleResults.inventory(List.of(azure()), List.of(),
        List.of(), List.of()), 0)));
    assertThat(JsonSupport.readResult(file).unrecognisedEndpoints()).isNull();
  }

  @Test
  void aRegistryAuthorIsSuggestedOnlyWhenAskedFor() {
    String purl = "pkg:npm/left-pad@1.3.0";
    Component leftPad = Component.builder(purl, Ecosystem.NPM, "left-pad").purl(purl).version("1.3.0")
        .vendor(new VendorRef("azer", "azer", null, null, List.of(), null, VendorBasis.REGISTRY))
        .license(new LicenseInfo("WTFPL", LicenseCategory.PERMISSIVE, "registry")).build();
    List<CatalogSuggester.Scanned> scans = List.of(new CatalogSuggester.Scanned("r.json", result(List.of(leftPad),
        List.of())));

    assertThat(new CatalogSuggester(SHIPPED).suggest(scans).vendors()).isEmpty();
    assertThat(new CatalogSuggester(SHIPPED, java.util.Set.of(VendorBasis.REGISTRY)).suggest(scans).vendors())
        .extracting(Suggestions.Vendor::id, Suggestions.Vendor::namespaces)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("azer", List.of("pkg:npm/left-pad")));
  }

  @Test
  void aVendorWhoseSiteIsAPageOnAnotherDomainIsNoHint() {
    UnrecognisedEndpoint github = new UnrecognisedEndpoint("github.com", EndpointKind.URL, "https://github.com", 1,
        List.of(Location.of("config/application.yml", 7)));
    Suggestions s = new CatalogSuggester(SHIPPED).suggest(
        List.of(new CatalogSuggester.Scanned("r.json", result(List.of(), List.of(github)))));
    // the shipped catalog has vendors whose url is https://github.com/<org>: none of them runs github.com
    assertThat(SHIPPED.vendors()).anyMatch(v -> v.url() != null && v.url().startsWith("https://github.com/"));
    assertThat(s.services()).singleElement().satisfies(x -> assertThat(x.catalogVendor()).isEqualTo("github"));
  }

  @Test
  void idsAndDomains() {
    assertThat(CatalogSuggester.catalogId("github.com/Ben-Manes")).isEqualTo("github.com-ben-manes");
    assertThat(CatalogSuggester.catalogId("@nestjs")).isEqualTo("nestjs");
    assertThat(CatalogSuggester.registrableDomain("api.eu.mollie.com")).isEqualTo("mollie.com");
    assertThat(CatalogSuggester.registrableDomain("www.gov.uk")).isEqualTo("www.gov.uk");
    assertThat(CatalogSuggester.registrableDomain("api.service.co.uk")).isEqualTo("service.co.uk");
    assertThat(SuggestionYaml.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\n\"");
  }
}
