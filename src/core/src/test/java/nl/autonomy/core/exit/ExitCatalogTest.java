package nl.autonomy.core.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.catalog.ServiceEntry;
import nl.autonomy.core.model.LockInLevel;
import org.junit.jupiter.api.Test;

/** The shipped exit facts hold together with the service catalog, and every fact is cited. */
class ExitCatalogTest {

  private final ExitCatalog exits = ExitCatalog.loadDefault();
  private final Catalog catalog = new CatalogLoader().loadDefault();

  @Test
  void everyCategoryIsOneTheCatalogUsesAndIsCited() {
    Set<String> used = catalog.services().stream().map(ServiceEntry::category).collect(Collectors.toSet());
    assertThat(exits.categories()).isNotEmpty();
    for (ExitCatalog.CategoryExit c : exits.categories()) {
      assertThat(used).as("category " + c.category()).contains(c.category());
      assertThat(c.data()).as(c.category()).isNotBlank();
      assertThat(c.export()).as(c.category()).isNotBlank();
      assertThat(c.sources()).as(c.category()).isNotEmpty();
    }
    // the data services the default policy guards all have their data and export path
    assertThat(exits.categories()).extracting(ExitCatalog.CategoryExit::category)
        .contains("storage", "database", "office", "identity", "messaging", "analytics", "monitoring", "ai");
  }

  @Test
  void everyServiceFactNamesACatalogServiceAndItsReplacementExists() {
    for (ExitCatalog.ServiceFacts f : exits.services()) {
      assertThat(catalog.service(f.service())).as(f.service()).isPresent();
      assertThat(f.sources()).as(f.service()).isNotEmpty();
      if (f.protocol() != null) {
        assertThat(f.sameProtocol()).as(f.service()).isNotEmpty();
      }
      if (f.replaceWith() != null) {
        assertThat(catalog.service(f.replaceWith())).as(f.service() + " -> " + f.replaceWith()).isPresent();
        assertThat(f.replaceUsage()).as(f.service()).isIn("open-protocol-elsewhere", "self-hosted");
        if (f.replaceUsage().equals("self-hosted")) {
          // a city hosts what is self-hostable; a proprietary service cannot be "self-hosted"
          assertThat(catalog.service(f.replaceWith()).orElseThrow().lockIn()).isEqualTo(LockInLevel.SELF_HOSTABLE);
        }
      }
    }
    assertThat(exits.services().stream().map(ExitCatalog.ServiceFacts::service).distinct().count())
        .isEqualTo(exits.services().size());
  }

  @Test
  void lookUps() {
    assertThat(exits.category("storage")).get().extracting(ExitCatalog.CategoryExit::standard).asString()
        .contains("S3");
    assertThat(exits.service("amazon-s3")).get().extracting(ExitCatalog.ServiceFacts::clientSpeaksProtocol)
        .isEqualTo(true);
    assertThat(exits.service("no-such-service")).isEmpty();
  }
}
