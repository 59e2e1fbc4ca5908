package nl.autonomy.core.diff;

import static nl.autonomy.core.diff.DiffFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.report.JsonSupport;
import org.junit.jupiter.api.Test;

/** The change engine on results built and judged as a scan builds them. */
class ChangeEngineTest {

  @Test
  void pairsVersionsOfOnePackageAndTellsUpgradesFromDowngrades() {
    DiffInput old = result()
        .component("pkg:npm/lodash@3.10.1", "MIT").component("pkg:npm/lodash@4.17.20", "MIT")
        .component("pkg:npm/express@4.18.2", "MIT").component("pkg:npm/left-pad@1.3.0", "WTFPL")
        .component("pkg:maven/io.netty/netty-transport-native-epoll@4.1.100.Final?classifier=linux-x86_64", "Apache-2.0")
        .report("old");
    DiffInput now = result()
        .component("pkg:npm/lodash@3.10.1", "MIT").component("pkg:npm/lodash@4.17.21", "MIT")
        .component("pkg:npm/express@4.17.1", "MIT").component("pkg:npm/chalk@5.3.0", "MIT")
        .component("pkg:maven/io.netty/netty-transport-native-epoll@4.1.115.Final?classifier=linux-x86_64", "Apache-2.0")
        .component("pkg:maven/io.netty/netty-transport-native-epoll@4.1.115.Final", "Apache-2.0")
        .report("new");

    Changes c = ChangeEngine.compare(old, now);

    assertThat(c.added()).extracting(ComponentRef::ref)
        .containsExactly("pkg:maven/io.netty/netty-transport-native-epoll@4.1.115.Final", "pkg:npm/chalk@5.3.0");
    assertThat(c.removed()).extracting(ComponentRef::ref).containsExactly("pkg:npm/left-pad@1.3.0");
    assertThat(c.versions()).extracting(v -> v.name() + " " + v.from() + " " + v.to() + " " + v.direction().id())
        .containsExactly(
            "io.netty:netty-transport-native-epoll 4.1.100.Final 4.1.115.Final upgrade",
            "express 4.18.2 4.17.1 downgrade",
            "lodash 4.17.20 4.17.21 upgrade");
    assertThat(c.counts().versionChanged()).isEqualTo(3);
    assertThat(c.counts().upgraded()).isEqualTo(2);
    assertThat(c.counts().downgraded()).isEqualTo(1);
    assertThat(c.licenses()).isEmpty();
  }

  @Test
  void relicensingIsACategoryChangeOfTheSamePackageWithBothLicensesKnown() {
    // declared licenses as Maven Central and the npm registry state them for these versions
    DiffInput old = result()
        .component("pkg:maven/org.elasticsearch/elasticsearch@7.10.2", "Apache-2.0")
        .component("pkg:maven/com.typesafe.akka/akka-actor_2.13@2.6.20", "Apache-2.0")
        .component("pkg:maven/org.liquibase/liquibase-core@4.33.0", "Apache License, Version 2.0")
        .component("pkg:npm/react@15.7.0", "BSD-3-Clause")
        .component("pkg:npm/handsontable@6.2.2", "MIT")
        .report("old");
    DiffInput now = result()
        .component("pkg:maven/org.elasticsearch/elasticsearch@7.11.0", "Apache-2.0")
        .component("pkg:maven/com.typesafe.akka/akka-actor_2.13@2.7.0", "BUSL-1.1")
        .component("pkg:maven/org.liquibase/liquibase-core@5.0.1", "FSL-1.1-ALv2")
        .component("pkg:npm/react@16.0.0", "MIT")
        .component("pkg:npm/handsontable@7.0.0", "SEE LICENSE IN LICENSE.txt")
        .report("new");

    Changes c = ChangeEngine.compare(old, now);

    assertThat(c.licenses()).extracting(l -> l.name() + ": " + l.from() + " -> " + l.to() + " " + l.kind().id()
            + (l.direction() == null ? "" : " " + l.direction().id()))
        .containsExactly(
            "com.typesafe.akka:akka-actor_2.13: Apache-2.0 -> BUSL-1.1 relicensed more-restrictive",
            "org.elasticsearch:elasticsearch: Apache-2.0 -> SSPL-1.0 OR Elastic-2.0 relicensed more-restrictive",
            "org.liquibase:liquibase-core: Apache-2.0 -> FSL-1.1-ALv2 relicensed more-restrictive",
            "handsontable: MIT -> null now-unknown",
            "react: BSD-3-Clause -> MIT changed");
    assertThat(c.relicensing()).allSatisfy(l -> {
      assertThat(l.fromCategory()).isEqualTo(LicenseCategory.PERMISSIVE);
      assertThat(l.toCategory()).isEqualTo(LicenseCategory.SOURCE_AVAILABLE);
    });
    assertThat(c.counts().relicensed()).isEqualTo(3);
    assertThat(c.counts().relicensedRestrictive()).isEqualTo(3);
    assertThat(c.counts().licenseChanged()).isEqualTo(5);
  }

  @Test
  void relicensingBackToOpenSourceIsLessRestrictive() {
    DiffInput old = result().component("pkg:maven/org.liquibase/liquibase-core@5.0.1", "FSL-1.1-ALv2").report("old");
    DiffInput now = result().component("pkg:maven/org.liquibase/liquibase-core@4.33.0", "Apache-2.0").report("new");

    LicenseChange l = ChangeEngine.compare(old, now).licenses().get(0);

    assertThat(l.kind()).isEqualTo(LicenseChangeKind.RELICENSED);
    assertThat(l.direction()).isEqualTo(Restriction.LESS_RESTRICTIVE);
    assertThat(l.restricts()).isFalse();
  }

  @Test
  void aNewProprietaryServiceIsNewLockInANewVendorAWorseScoreAndNewFindings() {
    DiffFixtures base = result().component("pkg:maven/org.postgresql/postgresql@42.7.4", "BSD-2-Clause");
    DiffInput old = base.report("old");
    DiffInput now = result().component("pkg:maven/org.postgresql/postgresql@42.7.4", "BSD-2-Clause")
        .component("pkg:maven/com.azure/azure-storage-blob@12.28.1", "MIT")
        .uses("azure-blob-storage", "src/main/java/nl/gemeente/Store.java")
        .report("new");

    Changes c = ChangeEngine.compare(old, now);

    assertThat(c.servicesGained()).extracting(ServiceRef::id).containsExactly("azure-blob-storage");
    ServiceRef blob = c.servicesGained().get(0);
    assertThat(blob.lockedIn()).isTrue();
    assertThat(blob.usage()).isNotNull();
    assertThat(c.newLockIn()).containsExactly("azure-blob-storage");
    assertThat(c.newVendors()).extracting(VendorSummary::id).contains("microsoft");
    assertThat(c.newVendors()).filteredOn(v -> v.id().equals("microsoft")).singleElement()
        .satisfies(v -> assertThat(v.services()).containsExactly("azure-blob-storage"));
    assertThat(c.score().delta()).isNegative();
    assertThat(c.score().delta()).isEqualTo(ChangeEngine.round(c.score().to() - c.score().from()));
    assertThat(c.verdict().from()).isEqualTo(Verdict.PASS);
    assertThat(c.verdict().to()).isEqualTo(Verdict.FAIL);
    assertThat(c.newFindings()).isNotEmpty()
        .anySatisfy(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.subjectRef()).isEqualTo("azure-blob-storage");
        });
    assertThat(c.resolvedFindings()).isEmpty();
    assertThat(c.notes()).isEmpty();

    Changes back = ChangeEngine.compare(now, old);
    assertThat(back.servicesLost()).extracting(ServiceRef::id).containsExactly("azure-blob-storage");
    assertThat(back.removedLockIn()).containsExactly("azure-blob-storage");
    assertThat(back.lostVendors()).extracting(VendorSummary::id).contains("microsoft");
    assertThat(back.resolvedFindings()).extracting(FindingRef::fingerprint)
        .containsExactlyElementsOf(c.newFindings().stream().map(FindingRef::fingerprint).toList());
    assertThat(back.score().delta()).isEqualTo(-c.score().delta());
  }

  @Test
  void aServiceSeenOnlyInTestsIsNoLockInAndBecomingRuntimeIsADepthChange() {
    DiffInput old = result().component("pkg:maven/com.azure/azure-storage-blob@12.28.1", "MIT")
        .uses("azure-blob-storage", "src/test/java/nl/gemeente/StoreTest.java").report("old");
    DiffInput now = result().component("pkg:maven/com.azure/azure-storage-blob@12.28.1", "MIT")
        .uses("azure-blob-storage", "src/main/java/nl/gemeente/Store.java").report("new");

    Changes c = ChangeEngine.compare(old, now);

    assertThat(c.servicesChanged()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("azure-blob-storage");
      assertThat(s.changed()).contains("usage");
      assertThat(s.from().lockedIn()).isFalse();
      assertThat(s.to().lockedIn()).isTrue();
    });
    assertThat(c.newLockIn()).containsExactly("azure-blob-storage");
    assertThat(c.servicesGained()).isEmpty();
  }

  @Test
  void anSbomSideComparesWhatItHoldsAndSaysWhatItCannot() {
    DiffInput old = result().component("pkg:npm/directus@9.22.4", "GPL-3.0-only").sbom("bom-9.cdx.json");
    DiffInput now = result().component("pkg:npm/directus@10.0.0", "BUSL-1.1").report("report.json");

    Changes c = ChangeEngine.compare(old, now);

    assertThat(c.relicensing()).singleElement().satisfies(l -> {
      assertThat(l.fromCategory()).isEqualTo(LicenseCategory.COPYLEFT);
      assertThat(l.toCategory()).isEqualTo(LicenseCategory.SOURCE_AVAILABLE);
      assertThat(l.direction()).isEqualTo(Restriction.MORE_RESTRICTIVE);
    });
    assertThat(c.score()).isNull();
    assertThat(c.verdict()).isNull();
    assertThat(c.newFindings()).isNull();
    assertThat(c.counts().newFindings()).isNull();
    assertThat(c.notes()).extracting(ChangeNote::id).containsExactly("no-assessment", "no-depth");
    assertThat(c.notes().get(0).message()).contains("OLD", "bom-9.cdx.json");
  }

  @Test
  void anIncompleteSideIsNamedSoARemovalIsNotTakenAtItsWord() {
    DiffInput old = result().component("pkg:npm/a@1.0.0", "MIT").component("pkg:npm/b@1.0.0", "MIT").report("old");
    DiffInput now = result().component("pkg:npm/a@1.0.0", "MIT")
        .problem("package-lock.json is truncated at line 40").report("new");

    Changes c = ChangeEngine.compare(old, now);

    assertThat(c.removed()).extracting(ComponentRef::ref).containsExactly("pkg:npm/b@1.0.0");
    assertThat(c.to().complete()).isFalse();
    assertThat(c.notes()).extracting(ChangeNote::id).contains("incomplete");
    assertThat(c.notes()).filteredOn(n -> n.id().equals("incomplete")).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("NEW", "unread rather than removed"));
  }

  @Test
  void aVendorChangeOfOnePackageIsReported() {
    DiffInput old = result().component("pkg:maven/org.postgresql/postgresql@42.7.4", "BSD-2-Clause").report("old");
    ScanResult r = old.result();
    List<Component> moved = r.inventory().components().stream()
        .map(c -> c.toBuilder().vendor(new nl.autonomy.core.model.VendorRef("acme", "Acme Corp.", "acme", "US",
            List.of("US"), null, nl.autonomy.core.model.VendorBasis.CATALOG)).build())
        .toList();
    DiffInput now = new DiffInput("new", InputKind.REPORT_JSON,
        new ScanResult(r.inventory().withComponents(moved), 0, r.assessment()));

    Changes c = ChangeEngine.compare(old, now);

    assertThat(c.vendorChanges()).singleElement().satisfies(v -> {
      assertThat(v.from()).isEqualTo(old.result().inventory().components().get(0).vendor().id());
      assertThat(v.to()).isEqualTo("acme");
    });
    assertThat(c.newVendors()).extracting(VendorSummary::id).containsExactly("acme");
  }

  @Test
  void sameInputsInAnotherOrderGiveTheSameBytes() throws Exception {
    DiffInput old = result().component("pkg:npm/b@1.0.0", "MIT").component("pkg:npm/a@1.0.0", "MIT")
        .component("pkg:npm/c@2.0.0", "MIT").report("old");
    DiffInput now = result().component("pkg:npm/c@3.0.0", "ISC").component("pkg:npm/d@1.0.0", "MIT")
        .component("pkg:npm/a@1.1.0", "MIT").report("new");
    DiffInput nowShuffled = result().component("pkg:npm/a@1.1.0", "MIT").component("pkg:npm/d@1.0.0", "MIT")
        .component("pkg:npm/c@3.0.0", "ISC").report("new");

    ObjectMapper json = JsonSupport.newMapper();
    assertThat(json.writeValueAsString(ChangeEngine.compare(old, nowShuffled)))
        .isEqualTo(json.writeValueAsString(ChangeEngine.compare(old, now)));
    Changes back = json.readValue(json.writeValueAsString(ChangeEngine.compare(old, now)), Changes.class);
    assertThat(back).isEqualTo(ChangeEngine.compare(old, now));
  }

  @Test
  void identityKeepsClassifierAndNonJarTypeApartButNotTheVersion() {
    assertThat(PackageIdentity.ofRef("pkg:maven/g/a@1.0?classifier=linux&type=jar")).isEqualTo("pkg:maven/g/a?classifier=linux");
    assertThat(PackageIdentity.ofRef("pkg:maven/g/a@1.0?type=test-jar")).isEqualTo("pkg:maven/g/a?type=test-jar");
    assertThat(PackageIdentity.ofRef("pkg:npm/%40azure/storage-blob@12.0.0")).isEqualTo("pkg:npm/@azure/storage-blob");
    assertThat(PackageIdentity.ofRef("azure-blob-storage")).isEqualTo("azure-blob-storage");
    Component noPurl = Component.builder("file:lib/x.jar", Ecosystem.GENERIC, "X").group("Acme").build();
    assertThat(PackageIdentity.of(noPurl)).isEqualTo("generic:acme:x");
  }
}
