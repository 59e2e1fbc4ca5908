package nl.autonomy.maven;

import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/**
 * Decides which execution writes the one result of a reactor. Each project's execution marks its
 * own plugin context; the execution that finds every reactor project marked claims the aggregate
 * (once, atomically, in the top project's context) and scans the whole reactor. This works the
 * same with {@code -T}: whichever thread finishes last does it, after every module has been built.
 * Only JDK types are stored in the contexts, since plugin realms may differ between projects.
 */
final class ReactorAggregation {

  private static final String DONE = "nl.autonomy.maven.executed";
  private static final String CLAIMED = "nl.autonomy.maven.aggregated";

  private final MavenSession session;
  private final PluginDescriptor plugin;

  ReactorAggregation(MavenSession session, PluginDescriptor plugin) {
    this.session = session;
    this.plugin = plugin;
  }

  /** The project whose folder is scanned and whose output directory gets the aggregate. */
  MavenProject topProject() {
    MavenProject top = session.getTopLevelProject();
    List<MavenProject> projects = session.getProjects();
    return top != null && projects.contains(top) ? top : projects.get(0);
  }

  /**
   * Marks the current project done and tells whether this execution must now write the aggregate.
   *
   * @param goal the goal, so that {@code sbom} and {@code check} each aggregate once
   */
  boolean markDoneAndClaim(MavenProject current, String goal) {
    session.getPluginContext(plugin, current).put(DONE + "." + goal, Boolean.TRUE);
    for (MavenProject p : session.getProjects()) {
      if (!Boolean.TRUE.equals(session.getPluginContext(plugin, p).get(DONE + "." + goal))) {
        return false;
      }
    }
    Map<String, Object> top = session.getPluginContext(plugin, topProject());
    return top.putIfAbsent(CLAIMED + "." + goal, current.getId()) == null;
  }
}
