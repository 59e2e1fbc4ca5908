package nl.gemeente.vergunningen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** Vergunningen in PostgreSQL, met gewone JDBC. */
public class VergunningRepository {

  private final String jdbcUrl;
  private final String gebruiker;
  private final String wachtwoord;

  public VergunningRepository(String jdbcUrl, String gebruiker, String wachtwoord) {
    this.jdbcUrl = jdbcUrl;
    this.gebruiker = gebruiker;
    this.wachtwoord = wachtwoord;
  }

  public void registreer(String zaaknummer, String adres, LocalDate besluitdatum) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl, gebruiker, wachtwoord);
         PreparedStatement s = c.prepareStatement(
             "insert into vergunning (zaaknummer, adres, besluitdatum) values (?, ?, ?)")) {
      s.setString(1, zaaknummer);
      s.setString(2, adres);
      s.setObject(3, besluitdatum);
      s.executeUpdate();
    }
  }
}
