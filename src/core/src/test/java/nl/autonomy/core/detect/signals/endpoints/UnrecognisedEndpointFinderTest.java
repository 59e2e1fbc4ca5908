package nl.autonomy.core.detect.signals.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.EndpointKind;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.UnrecognisedEndpoint;
import nl.autonomy.core.model.UnrecognisedEndpoints;
import nl.autonomy.core.source.FileWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnrecognisedEndpointFinderTest {

  private static final Catalog CATALOG = new CatalogLoader().loadDefault();
  private static final long MAX = 10L * 1024 * 1024;

  @TempDir
  Path root;

  private static Inventory emptyInventory() {
    return nl.autonomy.core.fixtures.SampleResults.inventory(List.of(), List.of(), List.of(), List.of());
  }

  private UnrecognisedEndpoints find() {
    return new UnrecognisedEndpointFinder(CATALOG, emptyInventory(), LockInRules.loadDefault(), MAX)
        .find(new FileWalker(MAX).walk(root).files());
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void keepsHostsNoServiceClaimsWithKindPlaceAndCount() throws IOException {
    write("src/main/resources/application.properties", """
        spring.datasource.url=jdbc:postgresql://db.gemeente-voorbeeld.nl:5432/parkeren?password=geheim
        spring.mail.host=smtp.mailprovider.eu
        betaal.api=https://api.mollie.com/v2/payments?token=abc123
        betaal.fallback=https://api.mollie.com/v2/refunds
        opslag=https://parkeren.blob.core.windows.net/besluiten
        # oud=https://legacy.gemeente-voorbeeld.nl/api
        lokaal=http://localhost:8080/x
        intern=http://postgres:5432
        ip=http://10.1.2.3/x
        sjabloon=https://${HOST}/x
        voorbeeld=https://api.example.com/v1
        """);
    write(".env", "DB=Server=tcp:sql.leverancier.nl,1433;Database=app;User Id=sa;Password=geheim;\n"
        + "QUEUE=amqps://user:secret@mq.leverancier.nl:5671/vhost\n");

    UnrecognisedEndpoints found = find();

    assertThat(found.endpoints()).extracting(UnrecognisedEndpoint::host, UnrecognisedEndpoint::kind,
        UnrecognisedEndpoint::endpoint, UnrecognisedEndpoint::occurrences).containsExactly(
        org.assertj.core.groups.Tuple.tuple("api.mollie.com", EndpointKind.URL, "https://api.mollie.com", 2),
        org.assertj.core.groups.Tuple.tuple("db.gemeente-voorbeeld.nl", EndpointKind.JDBC,
            "jdbc:postgresql://db.gemeente-voorbeeld.nl:5432", 1),
        org.assertj.core.groups.Tuple.tuple("mq.leverancier.nl", EndpointKind.URL, "amqps://mq.leverancier.nl:5671", 1),
        org.assertj.core.groups.Tuple.tuple("smtp.mailprovider.eu", EndpointKind.HOST_SETTING, "smtp.mailprovider.eu", 1),
        org.assertj.core.groups.Tuple.tuple("sql.leverancier.nl", EndpointKind.CONNECTION_STRING, "sql.leverancier.nl", 1));
    assertThat(found.endpoints().get(0).locations()).containsExactly(
        Location.of("src/main/resources/application.properties", 3),
        Location.of("src/main/resources/application.properties", 4));
    assertThat(found.filesRead()).isEqualTo(2);
    assertThat(found.omitted()).isZero();
    // no secret of any line reaches the result
    assertThat(found.toString()).doesNotContain("geheim", "secret", "abc123", "user:");
  }

  @Test
  void passesOverTestsDocumentationLockfilesBuildFilesAndSchemas() throws IOException {
    write("src/test/resources/application.yml", "url: https://fixture.leverancier.nl\n");
    write("README.md", "See https://docs.leverancier.nl\n");
    write("package-lock.json", "{\"resolved\": \"https://registry.npmjs.org/x\"}\n");
    write("package.json", "{\"homepage\": \"https://leverancier.nl\"}\n");
    write(".github/workflows/ci.yml", "env:\n  URL: https://ci.leverancier.nl\n");
    write("src/main/resources/logback.xml", "<configuration xmlns=\"http://ch.qos.logback/x\">\n"
        + "<destination>logs.leverancier.nl:5000</destination>\n<url>https://elk.leverancier.nl</url>\n</configuration>\n");
    write("internals/schemas/app.schema.json", "{\"description\": \"see https://developer.leverancier.nl\"}\n");
    write("config/app.yaml", "$schema: https://json.schemastore.org/x\nnested:\n  # https://commented.leverancier.nl\n");

    UnrecognisedEndpoints found = find();

    assertThat(found.endpoints()).extracting(UnrecognisedEndpoint::host).containsExactly("elk.leverancier.nl");
  }

  @Test
  void knowsTheHostsOfFoundServices() throws IOException {
    write("app.yml", "minio: https://minio.gemeente-voorbeeld.nl:9000\nother: https://api.leverancier.nl\n");
    Inventory withService = emptyInventory().withServices(List.of(new nl.autonomy.core.model.Service("s3-compatible",
        "S3", "x", "storage", nl.autonomy.core.model.LockInLevel.OPEN_PROTOCOL,
        List.of("https://minio.gemeente-voorbeeld.nl:9000"), List.of(), List.of(), List.of(), null)));

    UnrecognisedEndpoints found = new UnrecognisedEndpointFinder(CATALOG, withService, LockInRules.loadDefault(), MAX)
        .find(new FileWalker(MAX).walk(root).files());

    assertThat(found.endpoints()).extracting(UnrecognisedEndpoint::host).containsExactly("api.leverancier.nl");
  }

  @Test
  void isBoundedAndDeterministic() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < UnrecognisedEndpoints.MAX_ENDPOINTS + 37; i++) {
      sb.append("host").append(i).append("=https://h").append(i).append(".leverancier.nl\n");
    }
    write("app.properties", sb.toString());

    UnrecognisedEndpoints first = find();

    assertThat(first.endpoints()).hasSize(UnrecognisedEndpoints.MAX_ENDPOINTS);
    assertThat(first.omitted()).isEqualTo(37);
    assertThat(first.total()).isEqualTo(UnrecognisedEndpoints.MAX_ENDPOINTS + 37);
    assertThat(find()).isEqualTo(first);
  }
}
