package nl.autonomy.core.policy;

import nl.autonomy.core.answer.AutonomyAnswer;

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
    // unknown licenses are uncertainty, not lock-in: they are not in the list (coverage says them)
    assertThat(AutonomyAnswer.sentence(s, Messages.english())).isEqualTo(
        "80% autonomous: 1 proprietary cloud service, 1 cloud service under non-EU jurisdiction"
            + " and 1 component under a proprietary license");
  }

  @Test
  void coverageFollowsTheAnswerAndAPartialScanSaysWhatWasNotRead() {
    AutonomySummary s = new AutonomySummary(62, 1, 0, 0, 0, 0, 95, 3,
        new nl.autonomy.core.model.Coverage(100, 90, 5, 10), new nl.autonomy.core.model.UnreadParts(5, 1, 0, 0), false);
    assertThat(AutonomyAnswer.sentence(s, Messages.english())).isEqualTo(
        "62% autonomous of what could be read: 1 proprietary cloud service; 5 modules’ dependencies could not be"
            + " resolved and 1 file could not be read (licenses known for 5% of 100 components)");
    assertThat(AutonomyAnswer.sentence(s, Messages.of(java.util.Locale.forLanguageTag("nl")))).startsWith(
        "62% autonoom van wat gelezen kon worden: 1 propriëtaire clouddienst; van 5 modules konden");
  }

  @Test
  void aScanThatReadNothingHasNoPercentage() {
    AutonomySummary s = new AutonomySummary(100, 0, 0, 0, 0, 0, 0, 1,
        new nl.autonomy.core.model.Coverage(0, 0, 0, 0), new nl.autonomy.core.model.UnreadParts(5, 0, 0, 0), true);
    assertThat(AutonomyAnswer.sentence(s, Messages.english()))
        .isEqualTo("No answer: nothing could be read; 5 modules’ dependencies could not be resolved")
        .doesNotContain("100%");
  }

  @Test
  void aDeclaredOnlyInventoryIsPartialNotAPerfectScore() {
    AutonomySummary s = new AutonomySummary(100, 0, 0, 0, 0, 0, 12, 0,
        new nl.autonomy.core.model.Coverage(47, 29, 35, 10), new nl.autonomy.core.model.UnreadParts(0, 0, 0, 47), false);
    assertThat(AutonomyAnswer.sentence(s, Messages.english())).startsWith(
        "100% autonomous of what could be read: no lock-in found; 47 components are known only as declared,"
            + " without a lockfile (exact versions and transitive dependencies unknown)");
    assertThat(AutonomyAnswer.sentence(s, Messages.of(java.util.Locale.forLanguageTag("nl")))).startsWith(
        "100% autonoom van wat gelezen kon worden: geen lock-in gevonden; 47 componenten zijn alleen als declaratie"
            + " bekend");
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
