package nl.autonomy.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerLocationTest {

  @Test
  void theDefaultIsTheSqliteFileInTheCurrentFolder() {
    assertThat(LedgerLocation.resolve(null, Map.of()).url()).isEqualTo("jdbc:sqlite:autonomy-portfolio.db");
    assertThat(LedgerLocation.resolve("city.db", Map.of()).url()).isEqualTo("jdbc:sqlite:city.db");
  }

  @Test
  void postgresCredentialsComeFromTheEnvironmentOnly() {
    LedgerLocation l = LedgerLocation.resolve(null, Map.of("AUTONOMY_DB", "jdbc:postgresql://db:5432/ledger",
        "AUTONOMY_DB_USER", "autonomy", "AUTONOMY_DB_PASSWORD", "s3cret"));
    assertThat(l.postgres()).isTrue();
    assertThat(l.user()).isEqualTo("autonomy");
    assertThat(l.password()).isEqualTo("s3cret");
    assertThat(l.toString()).doesNotContain("s3cret");
    assertThat(LedgerLocation.resolve("jdbc:postgresql://db/ledger", Map.of("PGUSER", "u", "PGPASSWORD", "p")).user())
        .isEqualTo("u");
  }

  @Test
  void aPasswordOnTheCommandLineIsRefused() {
    assertThatThrownBy(() -> LedgerLocation.resolve("jdbc:postgresql://db/ledger?user=a&password=b", Map.of()))
        .hasMessageContaining("environment").hasMessageNotContaining("=b");
    assertThatThrownBy(() -> LedgerLocation.resolve("jdbc:postgresql://a:b@db/ledger", Map.of()))
        .hasMessageContaining("AUTONOMY_DB_PASSWORD");
  }

  @Test
  void otherEnginesAreNamedAndRefused() {
    assertThatThrownBy(() -> LedgerLocation.resolve("jdbc:mysql://db/ledger", Map.of()))
        .hasMessageContaining("jdbc:mysql://db/ledger").hasMessageContaining("SQLite");
  }
}
