package nl.autonomy.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.autonomy.core.model.Coverage;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.portfolio.Application;
import nl.autonomy.core.portfolio.AspectScores;
import nl.autonomy.core.portfolio.Criticality;
import nl.autonomy.core.portfolio.RunOrigin;
import nl.autonomy.core.portfolio.RunSummary;
import org.flywaydb.core.Flyway;

/**
 * The city's ledger of runs, through JDBC: a SQLite file or a PostgreSQL database, its schema
 * migrated by Flyway on open. Runs are only ever inserted, never updated; inserting a run that is
 * already there (same source, revision and policy digest) writes nothing, also when several
 * processes insert it at the same moment. One ledger object holds one connection: use it from one
 * thread.
 */
public final class Ledger implements AutoCloseable {

  static final String MIGRATIONS = "classpath:nl/autonomy/ledger/migration";

  private static final String COLUMNS = "run_id, application, owner, criticality, source, source_kind, revision,"
      + " git_commit, scanned_at, recorded_at, origin, tool_version, policy_id, policy_digest, catalog_digest, verdict,"
      + " partial_scan, score_overall, score_confidentiality, score_agility, score_resilience, components, with_vendor,"
      + " with_license, vendor_from_catalog, services, proprietary_services";

  private final LedgerLocation location;
  private final Connection connection;

  private Ledger(LedgerLocation location, Connection connection) {
    this.location = location;
    this.connection = connection;
  }

  /**
   * Opens the ledger, creating or migrating its schema first.
   *
   * @throws LedgerException when the database cannot be reached or migrated; the message names it
   */
  public static Ledger open(LedgerLocation location) {
    try {
      Flyway.configure(Ledger.class.getClassLoader())
          .dataSource(location.url(), location.user(), location.password())
          .locations(MIGRATIONS)
          .table("ledger_schema_history")
          .load().migrate();
      Properties props = new Properties();
      if (location.user() != null) {
        props.setProperty("user", location.user());
      }
      if (location.password() != null) {
        props.setProperty("password", location.password());
      }
      Connection c = DriverManager.getConnection(location.url(), props);
      if (!location.postgres()) {
        try (Statement s = c.createStatement()) {
          // several local processes may write one file: wait for the lock instead of failing
          s.execute("PRAGMA busy_timeout = 60000");
        }
      }
      return new Ledger(location, c);
    } catch (SQLException | RuntimeException e) {
      throw new LedgerException("cannot open the ledger " + location + ": " + rootMessage(e), e);
    }
  }

  /**
   * Stores a run unless it is already there.
   *
   * @return true when it was stored, false when the ledger already had it
   */
  public boolean record(StoredRun run) {
    RunSummary r = run.summary();
    String sql = "INSERT INTO ledger_run (" + COLUMNS + ", report_json, sbom_json) VALUES ("
        + "?, ".repeat(28) + "?) ON CONFLICT DO NOTHING";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int i = 0;
      ps.setString(++i, r.runId());
      ps.setString(++i, r.application().name());
      ps.setString(++i, r.application().owner());
      ps.setString(++i, r.application().criticality() == null ? null : r.application().criticality().id());
      ps.setString(++i, r.source());
      ps.setString(++i, r.sourceKind());
      ps.setString(++i, r.revision());
      ps.setString(++i, r.revision().matches("[0-9a-f]{40,64}") ? r.revision() : null);
      ps.setString(++i, time(r.scannedAt()));
      ps.setString(++i, time(Instant.now()));
      ps.setString(++i, r.origin().id());
      ps.setString(++i, r.toolVersion());
      ps.setString(++i, r.policyId());
      ps.setString(++i, r.policyDigest());
      ps.setString(++i, r.catalogDigest());
      ps.setString(++i, r.verdict() == null ? null : r.verdict().id());
      ps.setInt(++i, r.partial() ? 1 : 0);
      AspectScores s = r.scores();
      setDouble(ps, ++i, s == null ? null : s.overall());
      setDouble(ps, ++i, s == null ? null : s.confidentiality());
      setDouble(ps, ++i, s == null ? null : s.agility());
      setDouble(ps, ++i, s == null ? null : s.resilience());
      ps.setInt(++i, r.coverage().components());
      ps.setInt(++i, r.coverage().withVendor());
      ps.setInt(++i, r.coverage().withLicense());
      ps.setInt(++i, r.coverage().vendorFromCatalog());
      ps.setInt(++i, r.services());
      ps.setInt(++i, r.proprietaryServices());
      ps.setString(++i, run.reportJson());
      ps.setString(++i, run.sbomJson());
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new LedgerException("cannot store the run of " + r.source() + " in " + location + ": " + e.getMessage(), e);
    }
  }

  /** Every run, oldest first (ties broken by id). */
  public List<RunSummary> runs() {
    List<RunSummary> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM ledger_run ORDER BY scanned_at, run_id")) {
      while (rs.next()) {
        out.add(summary(rs));
      }
    } catch (SQLException e) {
      throw new LedgerException("cannot read the runs of " + location + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** How many runs the ledger holds. */
  public int count() {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM ledger_run")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new LedgerException("cannot count the runs of " + location + ": " + e.getMessage(), e);
    }
  }

  /** The stored report.json of a run. */
  public Optional<String> reportJson(String runId) {
    return document("report_json", runId);
  }

  /** The stored CycloneDX SBOM of a run; empty for an imported report. */
  public Optional<String> sbomJson(String runId) {
    return document("sbom_json", runId);
  }

  private Optional<String> document(String column, String runId) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT " + column + " FROM ledger_run WHERE run_id = ?")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new LedgerException("cannot read run " + runId + " of " + location + ": " + e.getMessage(), e);
    }
  }

  public LedgerLocation location() {
    return location;
  }

  private static RunSummary summary(ResultSet rs) throws SQLException {
    String criticality = rs.getString("criticality");
    Application app = new Application(rs.getString("application"), rs.getString("owner"),
        criticality == null ? null : Criticality.parse(criticality));
    Double overall = getDouble(rs, "score_overall");
    AspectScores scores = overall == null ? null : new AspectScores(overall, getDouble(rs, "score_confidentiality"),
        getDouble(rs, "score_agility"), getDouble(rs, "score_resilience"));
    String verdict = rs.getString("verdict");
    int withVendor = rs.getInt("with_vendor");
    return new RunSummary(rs.getString("run_id"), app, rs.getString("source"), rs.getString("source_kind"),
        rs.getString("revision"), Instant.parse(rs.getString("scanned_at")), RunOrigin.fromId(rs.getString("origin")),
        rs.getString("tool_version"), rs.getString("policy_id"), rs.getString("policy_digest"),
        rs.getString("catalog_digest"), verdict == null ? null : Verdict.valueOf(verdict.toUpperCase(java.util.Locale.ROOT)),
        rs.getInt("partial_scan") != 0, scores,
        new Coverage(rs.getInt("components"), withVendor, rs.getInt("with_license"), rs.getInt("vendor_from_catalog")),
        rs.getInt("services"), rs.getInt("proprietary_services"));
  }

  /** Fixed width (milliseconds, UTC), so that the text sorts as the time does in every engine. */
  static String time(Instant t) {
    return TIME.format(t);
  }

  private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
      .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

  private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  private static Double getDouble(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new LedgerException("cannot close " + location + ": " + e.getMessage(), e);
    }
  }
}
