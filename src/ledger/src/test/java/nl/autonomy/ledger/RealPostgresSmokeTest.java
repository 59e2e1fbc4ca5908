package nl.autonomy.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import nl.autonomy.ledger.testing.RealPostgres;
import org.junit.jupiter.api.Test;

class RealPostgresSmokeTest {
  @Test
  void starts() throws Exception {
    try (RealPostgres pg = RealPostgres.start()) {
      String url = pg.newDatabase("smoke");
      try (var c = DriverManager.getConnection(url, pg.user(), ""); var s = c.createStatement();
          var r = s.executeQuery("select version()")) {
        r.next();
        assertThat(r.getString(1)).contains("PostgreSQL");
        System.out.println(r.getString(1));
      }
    }
  }
}
