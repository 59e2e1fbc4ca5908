package nl.autonomy.core.enrich;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.FactSources;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Problem;

/**
 * The enrichment stage, between collection and classification: for every component whose
 * lockfile or manifest carries no license (or no supplier) and whose ecosystem has a registry,
 * asks that registry once per package version, with at most {@code concurrency} lookups at a
 * time, through the cache. What the registry states is added as the component's declared
 * licenses and organisation, with the URL it came from ({@link FactSources}), so classification
 * records the basis {@code registry}. Facts the scanned files already state are never replaced.
 *
 * <p>Offline, only the cache answers and nothing is sent. A lookup that fails is a warning naming
 * the package; a registry that cannot be reached at all is one warning naming its packages. The
 * scan goes on either way, with the facts it has.
 */
public final class Enricher {

  public static final String STAGE = "enrich";
  /** How many package names a grouped warning spells out. */
  private static final int NAMED = 10;

  private final EnrichOptions options;
  private final List<RegistrySource> sources;
  private final Clock clock;

  public Enricher(EnrichOptions options) {
    this(options, Clock.systemUTC());
  }

  Enricher(EnrichOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
    RegistryEndpoints e = options.endpoints();
    this.sources = List.of(new NpmRegistry(e), new PypiRegistry(e), new NugetRegistry(e), new CratesRegistry(e),
        new RubyGemsRegistry(e), new PackagistRegistry(e), new GoModuleProxy(e), new MavenCentral(e),
        new OciRegistry(e));
  }

  /** What happened to one package version. */
  private record Outcome(RegistryFacts facts, LookupException failure, boolean fetched) {
  }

  /** One package version to look up, and the components (one per place) that share it. */
  private record Job(RegistrySource source, String key, Component first) {
  }

  /** Counts for the progress line and for tests. */
  public record Stats(int lookups, int fromCache, int fetched, int failed, int requests) {
  }

  private volatile Stats last = new Stats(0, 0, 0, 0, 0);

  /** The counts of the last {@link #apply} call. */
  public Stats lastStats() {
    return last;
  }

  public Inventory apply(Inventory inventory, ProgressListener progress) {
    if (!options.enabled()) {
      return inventory;
    }
    Map<String, Job> jobs = new TreeMap<>();
    for (Component c : inventory.components()) {
      source(c).filter(s -> s.lacksFacts(c))
          .ifPresent(s -> jobs.putIfAbsent(s.id() + " " + s.key(c), new Job(s, s.key(c), c)));
    }
    if (jobs.isEmpty()) {
      return inventory;
    }
    progress.step("Looking up " + jobs.size() + " packages in their registries"
        + (options.offline() ? " (offline: cache only)" : ""));
    RegistryCache cache = new RegistryCache(options.cacheDir(), clock);
    RegistryHttp http = options.offline() ? null : new RegistryHttp(options);
    Map<String, Outcome> outcomes = run(jobs, cache, http);

    List<Component> components = new ArrayList<>();
    for (Component c : inventory.components()) {
      Optional<RegistrySource> s = source(c).filter(x -> x.lacksFacts(c));
      Outcome o = s.map(x -> outcomes.get(x.id() + " " + x.key(c))).orElse(null);
      components.add(o == null || o.facts() == null ? c : enrich(c, o.facts()));
    }
    List<Problem> problems = new ArrayList<>(inventory.problems());
    problems.addAll(problems(jobs, outcomes));
    int fromCache = (int) outcomes.values().stream().filter(o -> o.facts() != null && !o.fetched()).count();
    int fetched = (int) outcomes.values().stream().filter(Outcome::fetched).count();
    int failed = (int) outcomes.values().stream().filter(o -> o.failure() != null).count();
    last = new Stats(jobs.size(), fromCache, fetched, failed, http == null ? 0 : http.requestCount());
    return inventory.withComponents(components).withProblems(problems);
  }

  /**
   * The registry that can answer for {@code c}. The scanned code's own projects and modules (an npm
   * workspace, the frontend package beside a Python backend, a reactor's modules) are never looked
   * up: they are not published packages, and their names must not leave the machine.
   */
  private Optional<RegistrySource> source(Component c) {
    if (c.own()) {
      return Optional.empty();
    }
    return sources.stream().filter(s -> s.accepts(c)).findFirst();
  }

  private Map<String, Outcome> run(Map<String, Job> jobs, RegistryCache cache, RegistryHttp http) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    int threads = Math.min(options.concurrency(), jobs.size());
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "autonomy-enrich-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      Map<String, Future<Outcome>> futures = new LinkedHashMap<>();
      jobs.forEach((id, job) -> futures.put(id, pool.submit(() -> lookup(job, cache, http))));
      for (Map.Entry<String, Future<Outcome>> f : futures.entrySet()) {
        try {
          outcomes.put(f.getKey(), f.getValue().get());
        } catch (ExecutionException e) {
          // a bug in one registry's reading must not lose the others
          outcomes.put(f.getKey(), new Outcome(null, new LookupException("lookup failed: " + e.getCause()), false));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return outcomes;
  }

  private Outcome lookup(Job job, RegistryCache cache, RegistryHttp http) {
    String registry = job.source().id();
    Optional<RegistryCache.Entry> cached = cache.get(registry, job.key(), http == null);
    if (cached.isPresent()) {
      return new Outcome(cached.get().facts(), null, false);
    }
    if (http == null) {
      return new Outcome(null, null, false); // offline and never looked up: nothing to add, nothing sent
    }
    try {
      RegistryFacts facts = job.source().lookup(job.first(), http);
      cache.put(registry, job.key(), job.source().url(job.first()), facts);
      return new Outcome(facts, null, true);
    } catch (LookupException e) {
      return new Outcome(null, e, false);
    } catch (RuntimeException e) {
      return new Outcome(null, new LookupException("the answer could not be read: " + e), false);
    }
  }

  /** Adds what the component lacks; never replaces what its own files state. */
  static Component enrich(Component c, RegistryFacts facts) {
    if (!facts.found()) {
      return c;
    }
    Component.Builder b = c.toBuilder();
    boolean changed = false;
    if (c.declaredLicenses().isEmpty() && !facts.licenses().isEmpty()) {
      b.declaredLicenses(facts.licenses()).property(FactSources.LICENSE, facts.licenseSource());
      changed = true;
    }
    if ((c.organization() == null || c.organization().isEmpty()) && facts.supplier() != null) {
      b.organization(facts.supplier()).property(FactSources.VENDOR, facts.supplierSource());
      changed = true;
    }
    for (Map.Entry<String, String> p : facts.properties().entrySet()) {
      if (!c.properties().containsKey(p.getKey())) {
        b.property(p.getKey(), p.getValue());
        changed = true;
      }
    }
    return changed ? b.build() : c;
  }

  private static List<Problem> problems(Map<String, Job> jobs, Map<String, Outcome> outcomes) {
    List<Problem> problems = new ArrayList<>();
    Map<String, List<Job>> unreachable = new TreeMap<>();
    Map<String, String> firstReason = new TreeMap<>();
    for (Map.Entry<String, Job> e : jobs.entrySet()) {
      Outcome o = outcomes.get(e.getKey());
      if (o == null || o.failure() == null) {
        continue;
      }
      Job job = e.getValue();
      if (o.failure().unreachable()) {
        unreachable.computeIfAbsent(job.source().id(), k -> new ArrayList<>()).add(job);
        firstReason.putIfAbsent(job.source().id(), o.failure().getMessage());
        continue;
      }
      problems.add(new Problem(Problem.Severity.WARNING, STAGE, null,
          "could not look up " + job.source().id() + " package " + job.key() + ": " + o.failure().getMessage()
              + "; its license and supplier stay as the scanned files state them",
          job.first().purl() != null ? job.first().purl() : job.first().ref()));
    }
    unreachable.forEach((registry, list) -> {
      List<String> names = list.stream().map(Job::key).toList();
      String named = String.join(", ", names.subList(0, Math.min(NAMED, names.size())))
          + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "");
      problems.add(new Problem(Problem.Severity.WARNING, STAGE, null,
          "the " + registry + " registry could not be reached (" + firstReason.get(registry) + "): "
              + names.size() + " package" + (names.size() == 1 ? "" : "s") + " not looked up: " + named
              + "; their licenses and suppliers stay as the scanned files state them", registry));
    });
    return problems;
  }
}
