package nl.autonomy.maven;

import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/**
 * Decides which execution writes the one result of a reactor. Each project's execution marks its
 * own plugin context; the execution that finds every project that runs the goal marked claims the
 * aggregate (once, atomically, in the top project's context) and scans the whole reactor. This
 * works the same with {@code -T}: whichever thread finishes last does it, after every module has
 * been built. Only JDK types are stored in the contexts, since plugin realms may differ between
 * projects.
 *
 * <p>A project that never runs the goal (the plugin is not in its build, and the goal was not
 * named on the command line) is not waited for: waiting for it meant that nobody ever claimed, and
 * the check — the build's gate — silently disappeared. A project that runs the goal without
 * {@code aggregate} is waited for too; should it be the last, the aggregate executions that are
 * waiting are named in the error it raises (see {@link #orphaned}).
 */
final class ReactorAggregation {

  private static final String DONE = "nl.autonomy.maven.executed";
  private static final String CLAIMED = "nl.autonomy.maven.aggregated";
  private static final String WANTED = "nl.autonomy.maven.aggregateWanted";

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
    Map<String, Object> top = session.getPluginContext(plugin, topProject());
    top.put(WANTED + "." + goal, Boolean.TRUE);
    return allDone(goal) && top.putIfAbsent(CLAIMED + "." + goal, current.getId()) == null;
  }

  /**
   * Marks a project done whose execution does not aggregate, and tells whether it was the last
   * one while aggregate executions wait: then nobody writes the aggregate, and the caller must say
   * so instead of letting the result disappear.
   */
  boolean orphaned(MavenProject current, String goal) {
    session.getPluginContext(plugin, current).put(DONE + "." + goal, Boolean.TRUE);
    Map<String, Object> top = session.getPluginContext(plugin, topProject());
    return Boolean.TRUE.equals(top.get(WANTED + "." + goal)) && allDone(goal)
        && top.putIfAbsent(CLAIMED + "." + goal, current.getId()) == null;
  }

  private boolean allDone(String goal) {
    for (MavenProject p : session.getProjects()) {
      if (runsGoal(p, goal) && !Boolean.TRUE.equals(session.getPluginContext(plugin, p).get(DONE + "." + goal))) {
        return false;
      }
    }
    return true;
  }

  /** Whether Maven runs {@code goal} of this plugin in project {@code p} in this build. */
  boolean runsGoal(MavenProject p, String goal) {
    for (String g : session.getGoals()) {
      if (g.equals(plugin.getGoalPrefix() + ":" + goal)
          || (g.startsWith(plugin.getGroupId() + ":" + plugin.getArtifactId() + ":") && g.endsWith(":" + goal))) {
        return true;
      }
    }
    Plugin declared = p.getBuild() == null ? null
        : p.getBuild().getPluginsAsMap().get(plugin.getGroupId() + ":" + plugin.getArtifactId());
    return declared != null && declared.getExecutions().stream().anyMatch(e -> e.getGoals().contains(goal));
  }
}
