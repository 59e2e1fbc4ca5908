package nl.autonomy.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.policy.PolicyException;
import nl.autonomy.core.policy.PolicyRepository;
import nl.autonomy.core.source.ArchiveExtractor;
import nl.autonomy.core.source.SourceException;

/**
 * Policies, catalogs and archives come from other organisations: loading one may only ever fail
 * with the exception that names the file and the mistake ({@link PolicyException}, {@link
 * CatalogException}, {@link SourceException}); anything else escaping is a finding.
 */
class LoaderFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void policy(byte[] data) throws IOException {
    FuzzHarness.clear();
    Path file = FuzzHarness.write("policy.yaml", data);
    try {
      new PolicyRepository().load(file);
    } catch (PolicyException expected) {
      // a clear refusal is the right outcome for a broken policy
    }
  }

  @FuzzTest(maxDuration = "10m")
  void catalog(byte[] data) throws IOException {
    FuzzHarness.clear();
    Path file = FuzzHarness.write("catalog.yaml", data);
    try {
      new CatalogLoader().load(List.of(file));
    } catch (CatalogException expected) {
      // a clear refusal is the right outcome for a broken catalog
    }
  }

  @FuzzTest(maxDuration = "10m")
  void archiveExtraction(byte[] data) throws IOException {
    FuzzHarness.clear();
    Path file = FuzzHarness.write("delivery.zip", data);
    try {
      new ArchiveExtractor(1000, 10L << 20).extract(file, FuzzHarness.root().resolve("out"));
    } catch (SourceException expected) {
      // a clear refusal is the right outcome for a broken or hostile archive
    }
  }
}
