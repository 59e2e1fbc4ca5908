package nl.autonomy.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.DeliveredFile;
import nl.autonomy.core.model.Delivery;
import nl.autonomy.core.policy.Evaluation;

/** A delivery judged by the shipped procurement policy, with one clause waived: the contract report's fixture. */
public final class ContractResults {

  private ContractResults() {
  }

  /**
   * The Spring Boot application on Azure as a delivered WAR, judged by a policy that extends the
   * shipped {@code procurement} and waives its jurisdiction clause, with the delivered files listed.
   */
  public static ScanResult delivered(Path dir) {
    try {
      Path policy = Files.writeString(dir.resolve("contract-policy.yaml"), """
          apiVersion: autonomy/v1
          id: contract-parkeren
          title:
            en: Contract conditions for Parkeren
            nl: Contractvoorwaarden voor Parkeren
          extends: [procurement]
          waivers:
            - rule: service-jurisdiction
              subject: "*"
              reason: Agreed in annex 4 of the contract
              owner: inkoop@amsterdam.nl
              expires: 2027-12-31
          """);
      ScanResult scanned = SampleResults.springBootOnAzure();
      return scanned.withAssessment(new Evaluation().evaluate(scanned.inventory(),
              new EvaluationOptions(policy.toString(), null, FailOn.ERROR), SampleResults.TIME))
          .withDelivery(new Delivery(
              new DeliveredFile("parkeren-1.4.0.war", 48_213, "9f2c".repeat(16)),
              List.of(new DeliveredFile("WEB-INF/lib/azure-storage-blob-12.25.1.jar", 1_012_345, "1a2b".repeat(16)),
                  new DeliveredFile("META-INF/MANIFEST.MF", 120, "0c0d".repeat(16))),
              List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
