package nl.autonomy.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.autonomy.core.portfolio.Application;
import nl.autonomy.core.portfolio.Criticality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceListTest {

  @TempDir
  Path dir;

  @Test
  void readsSourcesWithOptionalNameOwnerAndCriticality() throws IOException {
    Path list = dir.resolve("sources.txt");
    Files.writeString(list, """
        # the city's applications
        https://git.example.org/city/parkeren.git#main | Parkeren | team Parkeren | hoog

        /srv/deliveries/belastingen-2.4.zip | | Financiën | critical
        ./apps/website
        https://git.example.org/city/parkeren.git#main | again
        """);
    List<SourceEntry> entries = SourceList.read(list);
    assertThat(entries).hasSize(4);
    assertThat(entries.get(0).application()).isEqualTo(new Application("Parkeren", "team Parkeren", Criticality.HIGH));
    assertThat(entries.get(1).application()).isEqualTo(new Application("belastingen-2.4", "Financiën",
        Criticality.CRITICAL));
    assertThat(entries.get(2).application()).isEqualTo(Application.named("website"));
    assertThat(SourceList.distinct(entries)).hasSize(3);
  }

  @Test
  void aBadLineIsNamedByFileAndLine() throws IOException {
    Path list = dir.resolve("bad.txt");
    Files.writeString(list, "a | A\nb | B | owner | urgent\n");
    assertThatThrownBy(() -> SourceList.read(list)).hasMessageContaining("bad.txt:2")
        .hasMessageContaining("urgent");
  }

  @Test
  void applicationNamesFollowTheSource() {
    assertThat(SourceEntry.defaultName("https://github.com/org/parkeren.git#v2")).isEqualTo("parkeren");
    assertThat(SourceEntry.defaultName("/srv/apps/website/")).isEqualTo("website");
    assertThat(SourceEntry.defaultName("delivery.tar.gz")).isEqualTo("delivery");
  }
}
