package nl.autonomy.core.report.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;
import org.junit.jupiter.api.Test;

/**
 * The ownership tables name a service's provider as the scan's catalog did (a --catalog override
 * included), read from the result: the writers have no catalog of their own.
 */
class ProviderFromResultTest {

  @Test
  void theProviderTheScanRecordedIsTheOneShown() {
    ScanResult sample = SampleResults.springBootOnAzure();
    Inventory inv = sample.inventory();
    VendorRef overridden = new VendorRef("microsoft", "Microsoft (as our contract names it)", "microsoft", "NL",
        List.of("NL"), null, VendorBasis.CATALOG);
    List<Service> services = inv.services().stream()
        .map(s -> "microsoft".equals(s.vendorId()) ? s.withProvider(overridden) : s).toList();
    ScanResult result = new ScanResult(inv.withServices(services), 0, sample.assessment());

    List<ServiceView> views = ReportView.services(result);

    assertThat(views).filteredOn(v -> "microsoft".equals(v.service().vendorId())).isNotEmpty()
        .allSatisfy(v -> assertThat(v.vendor().name()).isEqualTo("Microsoft (as our contract names it)"));
  }
}
