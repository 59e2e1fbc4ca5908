package nl.autonomy.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import nl.autonomy.core.Messages;
import nl.autonomy.core.model.AutonomySummary;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static final AutonomySummary PARKEREN = new AutonomySummary(62, 3, 2, 0, 4, 0, 0, 11);

  @Test
  void theAnswerReadsAsTheCouncilAsksIt() {
    assertThat(AutonomyAnswer.sentence(PARKEREN, Messages.english())).isEqualTo(
        "62% autonomous: 3 proprietary cloud services (2 without an open alternative in use) and 4 components"
            + " under source-available licenses");
  }

  @Test
  void theAnswerInDutch() {
    assertThat(AutonomyAnswer.sentence(PARKEREN, Messages.of(Messages.DUTCH))).isEqualTo(
        "62% autonoom: 3 propriëtaire clouddiensten (2 zonder open alternatief in gebruik) en 4 componenten"
            + " onder source-available-licenties");
  }

  @Test
  void singularAndListOfThree() {
    AutonomySummary s = new AutonomySummary(80, 1, 0, 1, 0, 1, 2, 5);
    assertThat(AutonomyAnswer.sentence(s, Messages.english())).isEqualTo(
        "80% autonomous: 1 proprietary cloud service, 1 cloud service under non-EU jurisdiction,"
            + " 1 component under a proprietary license and 2 components with an unknown license");
  }

  @Test
  void nothingFound() {
    assertThat(AutonomyAnswer.sentence(new AutonomySummary(100, 0, 0, 0, 0, 0, 0, 0), Messages.english()))
        .isEqualTo("100% autonomous: no lock-in found");
  }

  @Test
  void aMachineWithADutchDefaultLocaleStillWritesEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Messages.DUTCH);
      assertThat(Messages.english().format("answer.none", 100)).isEqualTo("100% autonomous: no lock-in found");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void dutchHasEveryKeyOfEnglish() throws IOException {
    assertThat(keys("messages_nl.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(keys("messages.properties").stringPropertyNames());
  }

  private static Properties keys(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
